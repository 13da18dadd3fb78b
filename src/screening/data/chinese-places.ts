// Provinces and large cities of China, Hong Kong, Macau and Taiwan in Pinyin (or their usual Latin form):
// company names often begin with their seat ("深圳市华为…", "Shenzhen Huawei…") and as often leave it out, so
// the place says little about which company is meant. Written for the project from the administrative
// divisions of the PRC (provinces, municipalities, prefecture-level cities with the most registered firms).

export const CHINESE_PLACES: ReadonlySet<string> = new Set(
  `beijing shanghai tianjin chongqing guangzhou shenzhen dongguan foshan zhuhai shantou zhongshan huizhou
  jiangmen zhaoqing xiamen fuzhou quanzhou putian zhangzhou hangzhou ningbo wenzhou yiwu jinhua shaoxing
  taizhou jiaxing huzhou suzhou wuxi nanjing changzhou nantong yangzhou xuzhou kunshan hefei wuhu jinan
  qingdao yantai weifang zibo linyi weihai zhengzhou luoyang wuhan changsha nanchang chengdu kunming guiyang
  nanning haikou xian lanzhou xining yinchuan urumqi harbin changchun shenyang dalian shijiazhuang taiyuan
  hohhot baotou tangshan baoding hongkong xianggang macau aomen taipei taibei kaohsiung gaoxiong guangdong
  zhejiang jiangsu shandong fujian hebei henan hubei hunan sichuan yunnan guangxi anhui jiangxi shanxi
  shaanxi liaoning jilin heilongjiang hainan guizhou gansu qinghai ningxia xinjiang xizang neimenggu
  zhongguo china zhongqing`.split(/\s+/),
);
