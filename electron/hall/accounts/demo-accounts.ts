// A deterministic, realistic branch for demos, tests and benchmarks: the same seed always
// gives the same accounts, so a bench on 1,000,000 accounts is repeatable and a bug report
// can name "account 10004711 of seed 7".
import type { AccountRecord } from './account-record.ts';
import { composeAddress } from './address.ts';
import { feeWords } from './charge-name.ts';
import { heatingFee, type HeatingPolicy } from '../../../shared/heating-fee.ts';
import { previousSeason } from '../../../shared/seasons.ts';
import { fen, mulDiv } from '../../../shared/money.ts';

/** Demo prices per m² and season policy; the billing tables of the demo branch use the same. */
export const DEMO_PRICES_FEN = { residential: 2200, nonResidential: 3300 } as const;
export const DEMO_POLICY: HeatingPolicy = { stoppedBaseShareBp: 3000, lowIncomeReductionBp: 2000 };
export const DEMO_FIRST_ACCOUNT_NO = 10_000_001;

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单';
// Common surnames are far more common: the first 20 cover about half of all people.
const SURNAME_WEIGHTS = [...SURNAMES].map((_, i) => (i < 10 ? 6 : i < 20 ? 3 : 1));
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红建国建华志强志明海燕淑珍桂芝淑英秀珍凤兰春梅晓东晓燕文博子轩浩然欣怡雨涵梓涵宇航俊杰思远佳怡丰';
const GIVEN_CHARS = [...GIVEN];
const COMMUNITY_STEMS = ['幸福', '阳光', '和平', '金桥', '锦绣', '康乐', '滨河', '龙湖', '翠苑', '东方', '华府', '世纪', '新城', '丽景', '春晖', '祥和', '怡园', '紫荆', '碧水', '银河', '铁西', '胜利', '建设', '友谊', '工人', '长青', '松江', '南湖', '北苑', '朝阳'];
const COMMUNITY_SUFFIXES = ['小区', '花园', '家园', '嘉园', '新村', '公寓', '苑', '里'];
const PHASES = ['', '二期', '三期', '四期', '五期'];
const ORGANISATIONS = ['第三小学', '商贸有限公司', '便民超市', '社区卫生服务站', '物业服务中心', '餐饮店', '幼儿园', '药房', '汽车维修部', '宾馆'];
const MOBILE_PREFIXES = ['138', '139', '135', '136', '137', '150', '151', '152', '157', '158', '159', '186', '187', '188', '130', '131', '132', '155', '156', '185', '133', '153', '180', '181', '189', '177', '199'];

/** mulberry32: small, fast and good enough for demo data; not for anything secret. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weightedPick<T>(items: readonly T[], weights: readonly number[], total: number, r: number): T {
  let x = r * total;
  for (let i = 0; i < items.length; i++) {
    x -= weights[i]!;
    if (x < 0) return items[i]!;
  }
  return items[items.length - 1]!;
}

export interface DemoAccountsOptions {
  seed: number;
  /** The current season; arrears are drawn from the two before it. */
  season: string;
}

export interface DemoAccount extends AccountRecord {
  /** This season's heating fee, computed with DEMO_PRICES_FEN and DEMO_POLICY. */
  heating: { amountFen: number; detail: string };
}

const ACCOUNTS_PER_COMMUNITY = 720;

/** Yields `count` demo accounts, numbered from DEMO_FIRST_ACCOUNT_NO. */
export function* demoAccounts(count: number, options: DemoAccountsOptions): Generator<DemoAccount> {
  const random = seededRandom(options.seed);
  const words = feeWords();
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const surnameTotal = SURNAME_WEIGHTS.reduce((a, b) => a + b, 0);
  const surnames = [...SURNAMES];
  const lastSeason = previousSeason(options.season);
  const seasonBefore = previousSeason(options.season, 2);
  for (let i = 0; i < count; i++) {
    const communityIndex = Math.floor(i / ACCOUNTS_PER_COMMUNITY);
    const stem = COMMUNITY_STEMS[communityIndex % COMMUNITY_STEMS.length]!;
    const suffix = COMMUNITY_SUFFIXES[Math.floor(communityIndex / COMMUNITY_STEMS.length) % COMMUNITY_SUFFIXES.length]!;
    const round = Math.floor(communityIndex / (COMMUNITY_STEMS.length * COMMUNITY_SUFFIXES.length));
    const phase = round < PHASES.length ? PHASES[round]! : `${round + 1}期`;
    const community = `${stem}${suffix}${phase}`;
    // 12 buildings × 3 units × 20 homes per community: 6 floors × … keeps room numbers real.
    const inCommunity = i % ACCOUNTS_PER_COMMUNITY;
    const building = `${Math.floor(inCommunity / 60) + 1}号楼`;
    const unit = `${Math.floor((inCommunity % 60) / 20) + 1}单元`;
    const home = inCommunity % 20;
    const room = `${Math.floor(home / 2) + 1}0${(home % 2) + 1}室`;
    const nonResidential = random() < 0.04;
    const surname = weightedPick(surnames, SURNAME_WEIGHTS, surnameTotal, random());
    const given = random() < 0.35 ? pick(GIVEN_CHARS) : `${pick(GIVEN_CHARS)}${pick(GIVEN_CHARS)}`;
    const name = nonResidential ? `${stem}${pick(ORGANISATIONS)}` : `${surname}${given}`;
    const phone = random() < 0.03 ? '' : `${pick(MOBILE_PREFIXES)}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`;
    const heatedAreaCentiM2 = nonResidential ? 8_000 + Math.floor(random() * 300_000) : 4_500 + Math.floor(random() * 11_500);
    const stopped = random() < 0.04;
    const lowIncome = !nonResidential && random() < 0.03;
    const customerClass = nonResidential ? 'nonResidential' : 'residential';
    const unitPriceFen = DEMO_PRICES_FEN[customerClass];
    const heating = heatingFee({ heatedAreaCentiM2, unitPriceFen, stopped, lowIncome }, DEMO_POLICY, words);
    const arrears: AccountRecord['arrears'] = [];
    const owes = random();
    if (owes < 0.08) arrears.push({ season: lastSeason, amountFen: fen(Math.max(1, mulDiv(heating.amountFen, 3_000 + Math.floor(random() * 7_000), 10_000))) });
    if (owes < 0.02) arrears.push({ season: seasonBefore, amountFen: fen(Math.max(1, mulDiv(heating.amountFen, 5_000 + Math.floor(random() * 5_000), 10_000))) });
    const parts = { community, building, unit, room };
    yield {
      accountNo: String(DEMO_FIRST_ACCOUNT_NO + i),
      name,
      ...parts,
      address: composeAddress(parts),
      phone,
      customerClass,
      heatedAreaCentiM2,
      heatingStatus: stopped ? 'stopped' : 'normal',
      lowIncome,
      meterNo: null,
      arrears: arrears.sort((a, b) => a.season.localeCompare(b.season)),
      heating,
    };
  }
}
