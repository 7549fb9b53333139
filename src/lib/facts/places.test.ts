import { describe, expect, it } from 'vitest';
import { findPlaces, isPlaceName, leadingPlaces } from './places.ts';

describe('isPlaceName(text)', () => {
  it.each(['大庆', '大庆市', '黑龙江', '黑龙江省', '上海', '北京市', '浦东新区', '浦东', '宏伟区', '宏伟', '内蒙古自治区', '内蒙古', '香港特别行政区', '香港', '大兴安岭地区', '大兴安岭'])(
    'knows %s, with or without its suffix',
    (name) => {
      expect(isPlaceName(name)).toBe(true);
    },
  );

  it('knows an autonomous place without its people’s name and suffix', () => {
    expect(isPlaceName('杜尔伯特蒙古族自治县')).toBe(true);
    expect(isPlaceName('杜尔伯特')).toBe(true);
    expect(isPlaceName('延边朝鲜族自治州')).toBe(true);
    expect(isPlaceName('延边')).toBe(true);
  });

  it.each(['萧', '市辖区', '县', '高新区', '开发区', '华理', '人民', '中国', '特斯拉', '长江', ''])('does not take %s for a place', (text) => {
    expect(isPlaceName(text)).toBe(false);
  });

  it('keeps a one-character short form out but the full name in', () => {
    expect(isPlaceName('萧县')).toBe(true);
    expect(isPlaceName('萧')).toBe(false);
  });
});

describe('leadingPlaces(text)', () => {
  it.each([
    ['黑龙江省大庆市华理生物', '黑龙江省大庆市'],
    ['大庆市让胡路区鑫源化工', '大庆市让胡路区'],
    ['大庆华理生物', '大庆'],
    ['上海特斯拉', '上海'],
    ['华理大庆', ''],
    ['特斯拉上海超级工厂', ''],
    ['', ''],
  ])('finds the places %s starts with: %s', (text, places) => {
    expect(leadingPlaces(text)).toBe(places);
  });
});

describe('findPlaces(text)', () => {
  const places = (text: string) => findPlaces(text).map((place) => [place.text, text.slice(place.start, place.end)]);

  it('finds every place in a text, where it stands', () => {
    expect(places('泸州：67个项目，大连市旅顺口区16个')).toEqual([
      ['泸州', '泸州'],
      ['大连市', '大连市'],
      ['旅顺口区', '旅顺口区'],
    ]);
    expect(places('特斯拉上海超级工厂')).toEqual([['上海', '上海']]);
  });

  it('takes the longest name where two start at the same place', () => {
    expect(places('哈尔滨市和齐齐哈尔市')).toEqual([
      ['哈尔滨市', '哈尔滨市'],
      ['齐齐哈尔市', '齐齐哈尔市'],
    ]);
    expect(places('黑龙江省级重点项目')).toEqual([['黑龙江省', '黑龙江省']]);
  });

  it('finds none in a text without places', () => {
    expect(places('项目计划投资5.2亿元')).toEqual([]);
  });
});
