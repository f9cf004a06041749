import type { DemoCenter, DemoOrganization, DemoProject } from './model.ts';

/**
 * Demo data from the source articles (shared/domain/source-articles.zh.txt): the four
 * regions with the banners, districts, streets, townships, communities, villages,
 * branches, centers and projects the reports name, with their figures. Names the reports
 * do not give (an intermediate street, a sample community) carry （示例）.
 */

const OPEN_DOORS = '大门常开 8:00-20:00';
const SERVICES = ['党员活动', '政务代办', '便民服务', '文化活动', '法律咨询', '养老托幼'];
const HALL = '一厅六区多元';

const center = (
  name: string,
  address: string,
  lat: number,
  lng: number,
  extra: Partial<DemoCenter> = {},
): DemoCenter => ({
  name,
  kind: 'CENTER',
  address,
  lat,
  lng,
  openingHours: OPEN_DOORS,
  services: SERVICES,
  layout: HALL,
  ...extra,
});
const station = (
  name: string,
  address: string,
  lat: number,
  lng: number,
  extra: Partial<DemoCenter> = {},
) => center(name, address, lat, lng, { kind: 'STATION', layout: undefined, ...extra });

/** 乌达区: 70 grid branches (网格党支部) set up to the 一格一长一警一专多兼 standard. */
function wudaCommunities(): DemoOrganization[] {
  const sizes = [12, 12, 12, 12, 11, 11];
  let grid = 0;
  return sizes.map((size, i) => ({
    name: `乌达区第${i + 1}社区党委（示例）`,
    type: 'COMMUNITY_COMMITTEE',
    divisionCode: '150304',
    centers: [
      station(
        `乌达区第${i + 1}社区党群服务站（示例）`,
        `乌海市乌达区第${i + 1}社区`,
        39.505 + i * 0.006,
        106.715 + i * 0.004,
        {
          status: i === 5 ? 'UNDER_CONSTRUCTION' : 'OPEN',
        },
      ),
    ],
    children: Array.from({ length: size }, () => {
      grid += 1;
      return {
        name: `乌达区第${grid}网格党支部`,
        type: 'GRID_BRANCH' as const,
        divisionCode: '150304',
      };
    }),
  }));
}

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    key: 'chifeng',
    name: '中共赤峰市委员会',
    type: 'CITY_COMMITTEE',
    divisionCode: '150400',
    centers: [center('赤峰市党群服务中心（示例）', '内蒙古赤峰市红山区', 42.2578, 118.8878)],
    children: [
      {
        key: 'chifeng-agencies',
        name: '赤峰市直机关工委（示例）',
        type: 'AGENCY',
        divisionCode: '150400',
      },
      {
        key: 'harqin',
        name: '中共喀喇沁旗委员会',
        type: 'COUNTY_COMMITTEE',
        divisionCode: '150428',
        children: [
          {
            name: '牛家营子镇党委',
            type: 'TOWNSHIP_COMMITTEE',
            divisionCode: '150428',
            children: [
              {
                key: 'niujiayingzi',
                name: '牛家营子村党总支',
                type: 'VILLAGE_COMMITTEE',
                divisionCode: '150428',
                secretary: { name: '徐福东' },
                oneShoulder: true,
                standardized: true,
                honours: [{ title: '最强党支部', level: 'COUNTY', year: 2021 }],
                centers: [
                  center(
                    '牛家营子村党群服务中心',
                    '内蒙古赤峰市喀喇沁旗牛家营子镇牛家营子村',
                    42.0917,
                    118.8458,
                    {
                      services: ['党员活动', '合作社服务', '药材种植技术培训', '便民服务'],
                    },
                  ),
                ],
              },
            ],
          },
        ],
      },
      {
        key: 'songshan',
        name: '中共赤峰市松山区委员会',
        type: 'COUNTY_COMMITTEE',
        divisionCode: '150404',
        children: [
          {
            name: '松山区街道党工委（示例）',
            type: 'STREET_WORKING_COMMITTEE',
            divisionCode: '150404',
            children: [
              {
                key: 'linhuang',
                name: '临潢家园社区党总支',
                type: 'COMMUNITY_COMMITTEE',
                divisionCode: '150404',
                secretary: { name: '吴晓华' },
                centers: [
                  center(
                    '临潢家园社区党群服务中心',
                    '内蒙古赤峰市松山区临潢家园社区',
                    42.2873,
                    118.9312,
                    {
                      services: ['民族团结活动', '党员活动', '便民服务', '调解室', '文化活动'],
                    },
                  ),
                ],
                children: [
                  {
                    name: '临潢家园第一网格党支部（示例）',
                    type: 'GRID_BRANCH',
                    divisionCode: '150404',
                    children: [
                      {
                        name: '临潢家园1号楼党小组（示例）',
                        type: 'BUILDING_GROUP',
                        divisionCode: '150404',
                      },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
      {
        key: 'hexigten',
        name: '中共克什克腾旗委员会',
        type: 'COUNTY_COMMITTEE',
        divisionCode: '150425',
        children: [
          {
            key: 'jingpeng',
            name: '经棚镇党委',
            type: 'TOWNSHIP_COMMITTEE',
            divisionCode: '150425',
            centers: [
              center('经棚镇党群服务中心', '内蒙古赤峰市克什克腾旗经棚镇', 43.2495, 117.5412),
            ],
          },
        ],
      },
    ],
  },
  {
    key: 'tongliao',
    name: '中共通辽市委员会',
    type: 'CITY_COMMITTEE',
    divisionCode: '150500',
    children: [
      {
        key: 'hure',
        name: '中共库伦旗委员会',
        type: 'COUNTY_COMMITTEE',
        divisionCode: '150524',
        centers: [
          center('库伦旗党群服务中心（示例）', '内蒙古通辽市库伦旗库伦镇', 42.7351, 121.7743),
        ],
        children: [
          {
            key: 'hure-petitions',
            name: '库伦旗信访局党支部',
            type: 'AGENCY',
            divisionCode: '150524',
          },
          { key: 'hure-power', name: '库伦旗农电局党支部', type: 'AGENCY', divisionCode: '150524' },
          {
            key: 'liujiazi',
            name: '六家子镇党委',
            type: 'TOWNSHIP_COMMITTEE',
            divisionCode: '150524',
            children: [
              {
                key: 'jiujiazi',
                name: '九家子村党组织',
                type: 'VILLAGE_COMMITTEE',
                divisionCode: '150524',
              },
            ],
          },
        ],
      },
    ],
  },
  {
    key: 'alxa',
    name: '中共阿拉善盟委员会',
    type: 'CITY_COMMITTEE',
    divisionCode: '152900',
    children: [
      {
        name: '阿拉善边境管理支队党委',
        type: 'AGENCY',
        divisionCode: '152900',
        children: [
          { name: '阿拉善边境管理支队政治处党支部', type: 'BRANCH', divisionCode: '152900' },
        ],
      },
    ],
  },
  {
    key: 'wuhai',
    name: '中共乌海市委员会',
    type: 'CITY_COMMITTEE',
    divisionCode: '150300',
    centers: [center('乌海市党群服务中心（示例）', '内蒙古乌海市海勃湾区', 39.6739, 106.8255)],
    children: [
      {
        key: 'wuhai-agencies',
        name: '乌海市直机关党组织（示例）',
        type: 'AGENCY',
        divisionCode: '150300',
      },
      {
        key: 'haibowan',
        name: '中共乌海市海勃湾区委员会',
        type: 'COUNTY_COMMITTEE',
        divisionCode: '150302',
        children: [
          {
            key: 'haibowan-enterprise',
            name: '海勃湾区非公企业党支部（示例）',
            type: 'ENTERPRISE',
            divisionCode: '150302',
          },
          {
            key: 'haibowan-social',
            name: '海勃湾区社会组织党支部（示例）',
            type: 'SOCIAL_ORGANIZATION',
            divisionCode: '150302',
          },
          {
            key: 'linyin',
            name: '林荫街道党工委',
            type: 'STREET_WORKING_COMMITTEE',
            divisionCode: '150302',
            centers: [
              center('林荫街道党群服务中心', '内蒙古乌海市海勃湾区林荫街道', 39.6812, 106.8187),
            ],
            children: [
              {
                name: '林荫街道社区党委（示例）',
                type: 'COMMUNITY_COMMITTEE',
                divisionCode: '150302',
                centers: [
                  station(
                    '林荫街道社区党群服务站（示例）',
                    '内蒙古乌海市海勃湾区林荫街道',
                    39.6841,
                    106.8153,
                  ),
                ],
                children: [
                  {
                    name: '居民小区党支部（示例）',
                    type: 'GRID_BRANCH',
                    divisionCode: '150302',
                    children: [
                      {
                        name: '楼栋党小组（示例）',
                        type: 'BUILDING_GROUP',
                        divisionCode: '150302',
                        children: [
                          {
                            name: '党员中心户（示例）',
                            type: 'MEMBER_HOUSEHOLD',
                            divisionCode: '150302',
                          },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
          {
            key: 'binhe',
            name: '滨河街道党工委',
            type: 'STREET_WORKING_COMMITTEE',
            divisionCode: '150302',
            // 以所辖5个党群服务中心为基础，实现15分钟生活服务圈
            centers: [1, 2, 3, 4, 5].map((n) =>
              center(
                `滨河街道第${n}党群服务中心（示例）`,
                '内蒙古乌海市海勃湾区滨河街道',
                39.6601 + n * 0.004,
                106.7986 + (n % 2) * 0.005,
              ),
            ),
          },
        ],
      },
      {
        key: 'hainan',
        name: '中共乌海市海南区委员会',
        type: 'COUNTY_COMMITTEE',
        divisionCode: '150303',
        centers: [
          center('海南区党群服务中心（示例）', '内蒙古乌海市海南区', 39.4418, 106.8915),
          station('海南区党群服务站一（示例）', '内蒙古乌海市海南区', 39.4461, 106.8863),
          station('海南区党群服务站二（示例）', '内蒙古乌海市海南区', 39.4372, 106.8962),
          station('海南区党群服务站三（示例）', '内蒙古乌海市海南区', 39.4503, 106.9011, {
            status: 'UNDER_CONSTRUCTION',
          }),
        ],
      },
      {
        key: 'wuda',
        name: '中共乌海市乌达区委员会',
        type: 'COUNTY_COMMITTEE',
        divisionCode: '150304',
        centers: [center('乌达区党群服务中心（示例）', '内蒙古乌海市乌达区', 39.5054, 106.7266)],
        children: [
          {
            name: '乌达区第一街道党工委（示例）',
            type: 'STREET_WORKING_COMMITTEE',
            divisionCode: '150304',
            centers: [
              station('乌达区第一街道党群服务站（示例）', '内蒙古乌海市乌达区', 39.5101, 106.7203),
            ],
            children: wudaCommunities().slice(0, 3),
          },
          {
            name: '乌达区第二街道党工委（示例）',
            type: 'STREET_WORKING_COMMITTEE',
            divisionCode: '150304',
            children: wudaCommunities().slice(3),
          },
        ],
      },
    ],
  },
];

export const DEMO_PROJECTS: DemoProject[] = [
  {
    title: '九家子村2000亩耕地通电项目',
    kind: 'CO_BUILDING',
    lead: 'liujiazi',
    partners: ['hure-petitions', 'hure-power'],
    served: ['jiujiazi'],
    funds: 180_000,
    status: 'COMPLETED',
    beneficiaryHouseholds: 90,
    commitment: '解决耕地未能通电、庄稼不能浇灌的问题，保障今年的粮食收入。',
    description:
      '九家子村两委将群众反映的因耕地未能通电，庄稼不能浇灌，严重影响农民收入的问题上报给了六家子镇党委政府。经过六家子镇党委政府研究，先后联系了包联单位旗信访局、旗农电局，协调争取到18万元的项目资金，90余户农户的2000亩耕地拉上了电。',
    notes: [
      '九家子村两委将群众反映的耕地未能通电问题上报六家子镇党委、政府。',
      '六家子镇党委、政府研究后，联系包联单位旗信访局、旗农电局。',
      '协调争取到18万元项目资金。',
      '2000亩耕地拉上了电，90余户农户受益。',
    ],
  },
  {
    title: '牛家营子村中蒙药材产业发展（党总支牵头组建合作社）',
    kind: 'INDUSTRY',
    lead: 'niujiayingzi',
    responsibleLeader: '徐福东',
    funds: 560_000_000,
    status: 'IN_PROGRESS',
    description:
      '“中国北沙参、桔梗之乡”。村党总支牵头组建合作社，党员示范带头先种，强化种植、加工、销售、人才4大阵地建设。累计引进资金5.6亿元，辐射带动周边百姓种植中蒙药材30万亩，年交易额达10亿元。',
    notes: [
      '村党总支牵头组建合作社，党员示范带头先种。',
      '累计引进资金5.6亿元，带动种植中蒙药材30万亩，年交易额达10亿元。',
    ],
  },
  {
    title: '经棚镇农牧业社会化服务：低息贷款、种子化肥送到家、技术服务一条龙',
    kind: 'INDUSTRY',
    lead: 'jingpeng',
    status: 'IN_PROGRESS',
    description: '低息贷款拿在手，种子化肥送到家，技术服务一条龙。',
  },
  {
    title: '党委书记到临潢家园社区联系点领办实事（示例）',
    kind: 'SECRETARY_LED',
    lead: 'songshan',
    served: ['linhuang'],
    status: 'IN_PROGRESS',
    commitment: '面对12个少数民族3103户居民多样化个性化的需求，整合资源、组织党员、动员群众。',
  },
  {
    title: '机关事业单位党组织下沉网格纾解困难（示例）',
    kind: 'GRID_SINKING',
    lead: 'chifeng-agencies',
    served: ['linhuang'],
    status: 'IN_PROGRESS',
  },
  {
    title: '林荫街道机关、企业、社会组织与网格联建共建（示例）',
    kind: 'CO_BUILDING',
    lead: 'linyin',
    partners: ['wuhai-agencies', 'haibowan-enterprise', 'haibowan-social'],
    status: 'IN_PROGRESS',
    commitment: '促进需求在网格发现、问题在网格解决。',
  },
  {
    title: '乌达区红色物业试点',
    kind: 'CO_BUILDING',
    lead: 'wuda',
    status: 'IN_PROGRESS',
    description:
      '网格工作室、红色物业试点、服务打卡等区级重点任务；红心五型治理模式、道德银行、520驿站等经验全面推广。',
  },
];
