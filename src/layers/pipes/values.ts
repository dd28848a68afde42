import type { LocalizedText } from '../../model/locale.ts';
import type { Palette } from '../../theme/palette.ts';

// The values pipe features may take, as plain lists: the style, the controls and the URL read
// them on first load; the build's contract (contract.ts) is made from them with zod.

/** Pipe types as Chinese utility records name them; 排水 is split into storm and sewage. */
export const PIPE_TYPES = ['给水', '排水-雨水', '排水-污水', '燃气', '综合管廊'] as const;
/** One of {@link PIPE_TYPES}. */
export type PipeType = (typeof PIPE_TYPES)[number];

/**
 * Where a pipe stands. `year` means, by status: 现状 the year it was built; 已改造 the year its
 * renewal (or new construction) was completed; 改造中 the year the works are due to finish;
 * 规划 the year it is planned for.
 */
export const PIPE_STATUSES = ['现状', '改造中', '已改造', '规划'] as const;
/** One of {@link PIPE_STATUSES}. */
export type PipeStatus = (typeof PIPE_STATUSES)[number];

/** Pipe materials; 灰口铸铁 (grey cast iron) is what 老旧燃气管道更新改造 mostly replaces. */
export const PIPE_MATERIALS = ['球墨铸铁', '灰口铸铁', '钢', 'PE', 'HDPE', '钢筋混凝土'] as const;
/** One of {@link PIPE_MATERIALS}. */
export type PipeMaterial = (typeof PIPE_MATERIALS)[number];

/** Pipe types in words, and their palette tokens. */
export const PIPE_TYPE_STYLE: Record<PipeType, { token: keyof Palette; label: LocalizedText }> = {
  给水: { token: 'pipeWater', label: { zh: '给水', en: 'Water supply' } },
  '排水-雨水': { token: 'pipeStorm', label: { zh: '排水-雨水', en: 'Storm drainage' } },
  '排水-污水': { token: 'pipeSewage', label: { zh: '排水-污水', en: 'Sewerage' } },
  燃气: { token: 'pipeGas', label: { zh: '燃气', en: 'Gas' } },
  综合管廊: { token: 'pipeTunnel', label: { zh: '综合管廊', en: 'Utility tunnel' } },
};

/** Pipe statuses in words, and their palette tokens. */
export const PIPE_STATUS_STYLE: Record<PipeStatus, { token: keyof Palette; label: LocalizedText }> =
  {
    现状: { token: 'statusExisting', label: { zh: '现状', en: 'Existing' } },
    改造中: { token: 'statusRenewing', label: { zh: '改造中', en: 'Under renewal' } },
    已改造: { token: 'statusRenewed', label: { zh: '已改造', en: 'Renewed' } },
    规划: { token: 'statusPlanned', label: { zh: '规划', en: 'Planned' } },
  };
