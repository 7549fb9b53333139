// Place names of China (provinces, cities, counties and districts, from the GB/T 2260 lists of china-area-data),
// with and without their suffix: 大庆市 and 大庆, 黑龙江省 and 黑龙江. Articles name a project with the place in
// front (大庆华理…, 上海特斯拉…) or say whose figures a count is (全市, 泸州：67个项目); these tell a place from a name.
import areas from 'china-area-data';

const SUFFIX = /(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|新区|林区|矿区|特区|省|市|县|区|盟|旗)$/u;
// Ethnic names inside a suffix (杜尔伯特蒙古族自治县): the short form drops them too.
const PEOPLE = /(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各)族$/u;

let cached: { names: Set<string>; longest: number } | undefined;

function build(): { names: Set<string>; longest: number } {
  const names = new Set<string>();
  for (const level of Object.values(areas as Record<string, Record<string, string>>)) {
    for (const full of Object.values(level)) {
      if (full === '市辖区' || full === '县' || /开发区|管理区|示范区|园区/u.test(full)) continue;
      names.add(full);
      const short = full.replace(SUFFIX, '').replace(PEOPLE, '');
      // One character (萧县 → 萧) would match everywhere.
      if ([...short].length >= 2) names.add(short);
    }
  }
  return { names, longest: Math.max(...[...names].map((name) => name.length)) };
}

function places(): { names: Set<string>; longest: number } {
  return (cached ??= build());
}

/** The longest place name starting at `index`, or ''. */
function placeAt(text: string, index: number): string {
  const { names, longest } = places();
  for (let length = Math.min(longest, text.length - index); length >= 2; length--) {
    const candidate = text.slice(index, index + length);
    if (names.has(candidate)) return candidate;
  }
  return '';
}

/** Whether a string is a place name (大庆, 大庆市, 黑龙江省). */
export function isPlaceName(text: string): boolean {
  return places().names.has(text);
}

/** The place names a text starts with, one after another (黑龙江省大庆市 → 黑龙江省大庆市); '' when none. */
export function leadingPlaces(text: string): string {
  let taken = '';
  for (;;) {
    const place = placeAt(text, taken.length);
    if (!place) return taken;
    taken += place;
  }
}

/** Every place name in a text, with where it stands, longest first where two overlap. */
export function findPlaces(text: string): Array<{ start: number; end: number; text: string }> {
  const found: Array<{ start: number; end: number; text: string }> = [];
  for (let index = 0; index < text.length; ) {
    const place = placeAt(text, index);
    if (place) {
      found.push({ start: index, end: index + place.length, text: place });
      index += place.length;
    } else index++;
  }
  return found;
}
