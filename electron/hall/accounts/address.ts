// Addresses in a heating company's books are 小区 / 楼 / 单元 / 室. Kept as parts (so a
// cashier's "3号楼2单元" is an index lookup) and as the whole line that is shown and printed.
export interface AddressParts {
  community: string;
  building: string;
  unit: string;
  room: string;
}

/** The canonical spelling of a numbered part in the accounts table: '3号楼', '2单元', '501室'. */
export const PART_SUFFIXES = { building: '号楼', unit: '单元', room: '室' } as const;

/** A bare number in a building/unit/room column ("3") in its canonical spelling ("3号楼"); anything else as written. */
export function canonicalPart(part: keyof typeof PART_SUFFIXES, value: string): string {
  return /^\d+$/.test(value) ? `${value}${PART_SUFFIXES[part]}` : value;
}

export function composeAddress(parts: AddressParts): string {
  return `${parts.community}${parts.building}${parts.unit}${parts.room}`;
}

const PART_PATTERNS = {
  building: /(\d+)\s*(?:号楼|栋|幢|号)(?!室)/u,
  unit: /(\d+)\s*单元/u,
  room: /(\d+)\s*室?$/u,
};

/**
 * Reads the structured parts out of a fragment a cashier typed ("3号楼2单元", "幸福小区5栋",
 * "3-2-501"). Parts that are absent stay undefined; building/unit/room are normalised to the
 * canonical spelling used in the accounts table ('3号楼', '2单元', '501室').
 */
export function parseAddressFragment(fragment: string): Partial<AddressParts> {
  const text = fragment.replace(/\s+/g, '');
  const dashed = /^(\d+)-(\d+)(?:-(\d+))?$/u.exec(text);
  if (dashed) {
    return {
      building: `${dashed[1]}号楼`,
      unit: `${dashed[2]}单元`,
      ...(dashed[3] ? { room: `${dashed[3]}室` } : {}),
    };
  }
  const parts: Partial<AddressParts> = {};
  const communityMatch = /^(.+?(?:小区|花园|家园|公寓|苑|园|村|里|城))/u.exec(text);
  let rest = text;
  if (communityMatch?.[1]) {
    parts.community = communityMatch[1];
    rest = text.slice(communityMatch[1].length);
  }
  const building = PART_PATTERNS.building.exec(rest);
  if (building) parts.building = `${building[1]}号楼`;
  const unit = PART_PATTERNS.unit.exec(rest);
  if (unit) {
    parts.unit = `${unit[1]}单元`;
    const after = rest.slice(unit.index + unit[0].length);
    const room = PART_PATTERNS.room.exec(after);
    if (room && after.length > 0) parts.room = `${room[1]}室`;
  }
  return parts;
}
