import type { CountryProfile, Pair } from './profile.ts';

// Chinese suppliers: names like 深圳市华达电子有限公司, with the English name the company uses abroad
// ("Shenzhen Huada Electronics Co., Ltd.") among the other names, as on export paperwork.

const CITIES: readonly (readonly [string, string, string, string])[] = [
  // [city, pinyin, postal code prefix, administrative division code]
  ['深圳', 'Shenzhen', '5180', '440300'],
  ['上海', 'Shanghai', '2000', '310000'],
  ['广州', 'Guangzhou', '5100', '440100'],
  ['宁波', 'Ningbo', '3150', '330200'],
  ['义乌', 'Yiwu', '3220', '330782'],
  ['东莞', 'Dongguan', '5230', '441900'],
  ['苏州', 'Suzhou', '2150', '320500'],
  ['杭州', 'Hangzhou', '3100', '330100'],
  ['厦门', 'Xiamen', '3610', '350200'],
  ['青岛', 'Qingdao', '2660', '370200'],
  ['天津', 'Tianjin', '3000', '120000'],
  ['佛山', 'Foshan', '5280', '440600'],
];
const BRAND: readonly Pair[] = [
  ['华', 'Hua'],
  ['达', 'da'],
  ['鑫', 'xin'],
  ['源', 'yuan'],
  ['宏', 'hong'],
  ['盛', 'sheng'],
  ['美', 'mei'],
  ['泰', 'tai'],
  ['瑞', 'rui'],
  ['康', 'kang'],
  ['恒', 'heng'],
  ['嘉', 'jia'],
  ['永', 'yong'],
  ['金', 'jin'],
  ['隆', 'long'],
  ['丰', 'feng'],
  ['通', 'tong'],
  ['光', 'guang'],
  ['明', 'ming'],
  ['创', 'chuang'],
  ['联', 'lian'],
  ['安', 'an'],
  ['福', 'fu'],
  ['信', 'xin'],
  ['德', 'de'],
  ['远', 'yuan'],
  ['兴', 'xing'],
  ['昌', 'chang'],
  ['海', 'hai'],
  ['天', 'tian'],
];
const TRADES: readonly Pair[] = [
  ['电子', 'Electronics'],
  ['纺织', 'Textile'],
  ['玩具', 'Toys'],
  ['机械', 'Machinery'],
  ['化工', 'Chemical'],
  ['塑胶制品', 'Plastic Products'],
  ['五金', 'Hardware'],
  ['照明', 'Lighting'],
  ['服饰', 'Garments'],
  ['家具', 'Furniture'],
  ['包装', 'Packaging'],
  ['进出口', 'Import & Export'],
  ['贸易', 'Trading'],
  ['科技', 'Technology'],
  ['新材料', 'New Materials'],
  ['电器', 'Electric Appliance'],
  ['鞋业', 'Footwear'],
  ['陶瓷', 'Ceramics'],
];
const FORMS: readonly Pair[] = [
  ['有限公司', 'Co., Ltd.'],
  ['有限公司', 'Co., Ltd.'],
  ['股份有限公司', 'Co., Ltd.'],
  ['实业有限公司', 'Industrial Co., Ltd.'],
];
const DISTRICTS = [
  '南山区',
  '宝安区',
  '龙岗区',
  '浦东新区',
  '闵行区',
  '天河区',
  '鄞州区',
  '萧山区',
  '黄岛区',
];
const ROADS = [
  '科技园路',
  '工业大道',
  '建设路',
  '人民路',
  '中山路',
  '解放路',
  '新华路',
  '创业路',
  '滨海大道',
];
const SURNAMES: readonly Pair[] = [
  ['王', 'Wang'],
  ['李', 'Li'],
  ['张', 'Zhang'],
  ['刘', 'Liu'],
  ['陈', 'Chen'],
  ['杨', 'Yang'],
  ['黄', 'Huang'],
  ['赵', 'Zhao'],
  ['吴', 'Wu'],
  ['周', 'Zhou'],
  ['徐', 'Xu'],
  ['孙', 'Sun'],
  ['林', 'Lin'],
  ['郑', 'Zheng'],
];
const GIVEN: readonly Pair[] = [
  ['伟', 'Wei'],
  ['芳', 'Fang'],
  ['娜', 'Na'],
  ['敏', 'Min'],
  ['静', 'Jing'],
  ['磊', 'Lei'],
  ['洋', 'Yang'],
  ['艳', 'Yan'],
  ['勇', 'Yong'],
  ['军', 'Jun'],
  ['杰', 'Jie'],
  ['涛', 'Tao'],
  ['秀英', 'Xiuying'],
  ['建华', 'Jianhua'],
  ['丽', 'Li'],
  ['强', 'Qiang'],
];
// GB 32100-2015 code characters: digits and capitals without I, O, S, V, Z.
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';

export const CHINA: CountryProfile = {
  code: 'CN',
  spellings: ['CN', 'CN', 'CN', 'CN', 'China', 'PRC'],
  weight: 28,
  domains: ['cn', 'com', 'com.cn'],
  supplier: (r) => {
    const [city, cityEn, postalPrefix, division] = r.pick(CITIES);
    const [b1, p1] = r.pick(BRAND);
    const [b2, p2] = r.pick(BRAND);
    const [trade, tradeEn] = r.pick(TRADES);
    const [form, formEn] = r.pick(FORMS);
    const brand = `${p1[0]?.toUpperCase()}${p1.slice(1)}${p2.toLowerCase()}`;
    const latin = `${cityEn} ${brand} ${tradeEn} ${formEn}`;
    const otherNames: string[] = [];
    if (r.chance(0.8)) otherNames.push(latin);
    if (r.chance(0.15)) otherNames.push(`${b1}${b2}${trade}`);
    if (r.chance(0.1)) otherNames.push(brand.toUpperCase());
    return {
      company: { legalName: `${city}市${b1}${b2}${trade}${form}`, latin, otherNames },
      city: r.chance(0.7) ? `${city}市` : cityEn,
      postalCode: `${postalPrefix}${r.digits(2, true)}`,
      street: `${r.pick(DISTRICTS)}${r.pick(ROADS)}${r.between(1, 999)}号`,
      registration: { type: 'uscc', number: `91${division}${r.chars(USCC_CHARS, 10)}` },
    };
  },
  person: (r) => {
    const [surname, last] = r.pick(SURNAMES);
    const [given, first] = r.pick(GIVEN);
    return { name: `${surname}${given}`, first, last };
  },
};
