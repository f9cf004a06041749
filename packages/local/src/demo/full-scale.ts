import type { DemoCenter, DemoOrganization } from './model.ts';

/**
 * The articles' full counts, for `npm start -- --full`: Chifeng's 132 townships (苏木乡镇),
 * 2,059 villages (嘎查村), 331 communities, 2,610 service centers and 466 stations; Wuhai's
 * 530 agencies, 245 non-public enterprises and 44 social organizations that co-build with
 * the grids. The named records of the demo count toward these totals; the rest are
 * generated, named （生成） so nobody mistakes them for real ones.
 */
export const FULL_SCALE = {
  chifeng: { townships: 132, villages: 2059, communities: 331, centers: 2610, stations: 466 },
  wuhai: { agencies: 530, enterprises: 245, socialOrganizations: 44 },
} as const;

// Chifeng's banners, counties and districts the named demo data does not already hold.
const CHIFENG_COUNTIES: [string, string][] = [
  ['中共赤峰市红山区委员会', '150402'],
  ['中共赤峰市元宝山区委员会', '150403'],
  ['中共阿鲁科尔沁旗委员会', '150421'],
  ['中共巴林左旗委员会', '150422'],
  ['中共巴林右旗委员会', '150423'],
  ['中共林西县委员会', '150424'],
  ['中共翁牛特旗委员会', '150426'],
  ['中共宁城县委员会', '150429'],
  ['中共敖汉旗委员会', '150430'],
];

const CHIFENG = { lat: 42.26, lng: 118.89 };

type Counts = {
  townships: number;
  villages: number;
  communities: number;
  centers: number;
  stations: number;
};

function count(
  nodes: DemoOrganization[],
  into: Counts = { townships: 0, villages: 0, communities: 0, centers: 0, stations: 0 },
) {
  for (const node of nodes) {
    if (node.type === 'TOWNSHIP_COMMITTEE') into.townships++;
    if (node.type === 'VILLAGE_COMMITTEE') into.villages++;
    if (node.type === 'COMMUNITY_COMMITTEE') into.communities++;
    for (const c of node.centers ?? []) into[c.kind === 'CENTER' ? 'centers' : 'stations']++;
    count(node.children ?? [], into);
  }
  return into;
}

/** Spreads `total` items over `buckets` as evenly as whole numbers allow. */
const spread = (total: number, buckets: number) =>
  Array.from(
    { length: buckets },
    (_, i) => Math.floor(total / buckets) + (i < total % buckets ? 1 : 0),
  );

function generatedCenter(n: number, kind: DemoCenter['kind'], county: number): DemoCenter {
  // scatter around the county seat so `near` has something to find
  const angle = n * 2.399963;
  const r = 0.02 + (n % 50) * 0.01;
  return {
    name: `赤峰市党群服务${kind === 'CENTER' ? '中心' : '站'}${n}（生成）`,
    kind,
    address: `内蒙古赤峰市（生成）第${county + 1}旗县区`,
    lat: CHIFENG.lat + (county - 4) * 0.25 + r * Math.sin(angle),
    lng: CHIFENG.lng + (county - 4) * 0.3 + r * Math.cos(angle),
  };
}

function chifengFull(chifeng: DemoOrganization): DemoOrganization {
  const have = count([chifeng]);
  const need = {
    townships: FULL_SCALE.chifeng.townships - have.townships,
    villages: FULL_SCALE.chifeng.villages - have.villages,
    communities: FULL_SCALE.chifeng.communities - have.communities,
    centers: FULL_SCALE.chifeng.centers - have.centers,
    stations: FULL_SCALE.chifeng.stations - have.stations,
  };
  const counties = CHIFENG_COUNTIES.length;
  const townships = spread(need.townships, counties);
  const villages = spread(need.villages, need.townships);
  const communities = spread(need.communities, counties);
  // every generated village and community gets its share of the centers, and a station
  // until the stations run out
  const places = need.villages + need.communities;
  const centerShares = spread(need.centers, places);
  let placeIndex = 0;
  let townshipIndex = 0;
  let centerNo = 0;
  let stationNo = 0;
  const centersFor = (county: number): DemoCenter[] => {
    const i = placeIndex++;
    const out = Array.from({ length: centerShares[i] ?? 0 }, () =>
      generatedCenter(++centerNo, 'CENTER', county),
    );
    if (i < need.stations) out.push(generatedCenter(++stationNo, 'STATION', county));
    return out;
  };
  const generated: DemoOrganization[] = CHIFENG_COUNTIES.map(([name, divisionCode], county) => ({
    name,
    type: 'COUNTY_COMMITTEE',
    divisionCode,
    children: [
      ...Array.from({ length: townships[county] ?? 0 }, () => {
        const t = townshipIndex++;
        return {
          name: `赤峰市第${t + 1}苏木乡镇党委（生成）`,
          type: 'TOWNSHIP_COMMITTEE' as const,
          divisionCode,
          children: Array.from({ length: villages[t] ?? 0 }, (_, v) => ({
            name: `第${t + 1}苏木乡镇第${v + 1}嘎查村党组织（生成）`,
            type: 'VILLAGE_COMMITTEE' as const,
            divisionCode,
            centers: centersFor(county),
          })),
        };
      }),
      {
        name: `${name.replace('中共', '').replace('委员会', '')}街道党工委（生成）`,
        type: 'STREET_WORKING_COMMITTEE' as const,
        divisionCode,
        children: Array.from({ length: communities[county] ?? 0 }, (_, c) => ({
          name: `${name.replace('中共', '').replace('委员会', '')}第${c + 1}社区党委（生成）`,
          type: 'COMMUNITY_COMMITTEE' as const,
          divisionCode,
          centers: centersFor(county),
        })),
      },
    ],
  }));
  return { ...chifeng, children: [...(chifeng.children ?? []), ...generated] };
}

function wuhaiFull(wuhai: DemoOrganization): DemoOrganization {
  const units = (
    type: DemoOrganization['type'],
    label: string,
    total: number,
    divisionCode: string,
  ) =>
    Array.from({ length: total }, (_, i) => ({
      name: `乌海市${label}${i + 1}（生成）`,
      type,
      divisionCode,
    }));
  const have = (type: DemoOrganization['type']) => {
    let n = 0;
    const walk = (nodes: DemoOrganization[]) => {
      for (const node of nodes) {
        if (node.type === type) n++;
        walk(node.children ?? []);
      }
    };
    walk([wuhai]);
    return n;
  };
  return {
    ...wuhai,
    children: [
      ...(wuhai.children ?? []),
      ...units(
        'AGENCY',
        '机关事业单位党组织',
        FULL_SCALE.wuhai.agencies - have('AGENCY'),
        '150300',
      ),
      ...units(
        'ENTERPRISE',
        '非公企业党组织',
        FULL_SCALE.wuhai.enterprises - have('ENTERPRISE'),
        '150300',
      ),
      ...units(
        'SOCIAL_ORGANIZATION',
        '社会组织党组织',
        FULL_SCALE.wuhai.socialOrganizations - have('SOCIAL_ORGANIZATION'),
        '150300',
      ),
    ],
  };
}

export function fullScaleOrganizations(roots: DemoOrganization[]): DemoOrganization[] {
  return roots.map((root) => {
    if (root.key === 'chifeng') return chifengFull(root);
    if (root.key === 'wuhai') return wuhaiFull(root);
    return root;
  });
}
