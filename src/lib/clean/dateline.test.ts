import { describe, expect, it } from 'vitest';
import { datelineLength, publishingOutlet, readDateline } from './dateline.ts';

describe('readDateline(paragraph)', () => {
  it('readDateline reads the outlet and the day of a story’s dateline', () => {
    expect(readDateline('某南网某州4月19日讯(通讯员 石某某)某县狠抓建设。')).toEqual({ outlets: ['某南网'], month: 4, day: 19 });
    expect(readDateline('华声在线—某湘都市报12月8日讯 今天，仪式举行。')).toEqual({ outlets: ['华声在线', '某湘都市报'], month: 12, day: 8 });
    expect(readDateline('某國儲能網訊:日前，文件下发。')).toEqual({ outlets: ['某國儲能網'], month: undefined, day: undefined });
    expect(readDateline('新华社某都8月3日电（记者某某）')).toMatchObject({ outlets: ['新华社'], month: 8, day: 3 });
  });

  it('readDateline leaves out the house’s own 本报 and finds nothing in a plain sentence', () => {
    expect(readDateline('本报讯 日前，项目开工。')).toEqual({ outlets: [], month: undefined, day: undefined });
    expect(readDateline('记者从市发改委获悉，项目开工。')).toBeUndefined();
  });
});

describe('publishingOutlet(outlets)', () => {
  it('publishingOutlet prefers the paper to its website or app, else the first', () => {
    expect(publishingOutlet(['华声在线', '某湘都市报'])).toBe('某湘都市报');
    expect(publishingOutlet(['某徽网', '某皖客户端'])).toBe('某徽网');
    expect(publishingOutlet([])).toBeUndefined();
  });
});

describe('datelineLength(paragraph)', () => {
  it('datelineLength measures the dateline, so the space after it can stay', () => {
    expect(datelineLength('某海新闻网讯 10月21日，记者看到。')).toBe(6);
    expect(datelineLength('记者看到。')).toBe(0);
  });
});
