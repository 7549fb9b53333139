// The dateline that opens a news story: 东南网漳州4月19日讯, 华声在线—三湘都市报12月8日讯, 新华社北京5月10日电,
// 中国储能网讯：. It names the outlet that first published the story and the day (without a year).
//
//   dateline := [bracket] outlet (dash|space outlet)* [place] [M月D日] (讯|电|消息)
//   outlet   := Han ending in 报 网 社 台 客户端 在线 …
import { foldToSimplified } from './script.ts';

export interface Dateline {
  /** Outlets in the order named, as written. */
  outlets: string[];
  month: number | undefined;
  day: number | undefined;
}

const OUTLET = '[\\p{Script=Han}A-Za-z]{0,10}(?:日报|晚报|早报|商报|时报|都市报|报|新闻网|网|通讯社|社|电视台|台|客户端|在线|融媒)';
const DATELINE = new RegExp(`^[(（【\\[]?\\s*(${OUTLET}(?:\\s*[—－\\-–\\s]\\s*${OUTLET})*)\\s*[\\p{Script=Han}]{0,8}?\\s*(?:(\\d{1,2})月(\\d{1,2})日)?\\s*(?:讯|电|消息)`, 'u');
const OUTLETS = new RegExp(OUTLET, 'gu');
const HOUSE = /^本(?:报|刊|台|网|社)$/u;

export function readDateline(paragraph: string): Dateline | undefined {
  const folded = foldToSimplified(paragraph);
  const match = DATELINE.exec(folded);
  if (!match) return undefined;
  const outlets = [...match[1]!.matchAll(OUTLETS)]
    .map((found) => paragraph.slice(match.index + folded.slice(match.index).indexOf(match[1]!) + found.index, match.index + folded.slice(match.index).indexOf(match[1]!) + found.index + found[0].length))
    .filter((outlet) => !HOUSE.test(foldToSimplified(outlet)));
  return { outlets, month: match[2] ? Number(match[2]) : undefined, day: match[3] ? Number(match[3]) : undefined };
}

/** Of several outlets, the one that published the story: the paper (…报) before its website or app. */
export function publishingOutlet(outlets: readonly string[]): string | undefined {
  return outlets.find((outlet) => /报$/u.test(foldToSimplified(outlet))) ?? outlets[0];
}

/** How long the dateline opening a paragraph is (0 when there is none), to keep the space after it. */
export function datelineLength(paragraph: string): number {
  const match = DATELINE.exec(foldToSimplified(paragraph));
  return match ? match.index + match[0].length : 0;
}
