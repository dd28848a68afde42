/**
 * Interface text in Chinese, the default language. The English dictionary must have exactly
 * these keys (the type checker enforces it), so no screen can be half translated.
 */
export const zh = {
  app: {
    title: '贵阳贵安新型城镇化规划图',
    subtitle: '筑府发〔2025〕17号 · 以人为本的新型城镇化五年行动',
    loading: '正在加载地图数据…',
    loadFailed: '地图数据加载失败:{{message}}',
    retry: '重试',
    skipToMap: '跳到地图',
    language: '语言',
    switchLanguage: 'English',
    switchLanguageLabel: 'Switch to English',
  },
  panel: {
    label: '侧边面板',
    layers: '图层',
    plan: '规划',
    indicators: '指标',
    collapse: '收起面板',
    expand: '展开面板',
  },
  layers: {
    heading: '图层与图例',
    show: '显示{{name}}',
    legend: '{{name}}图例',
    source: '来源',
    featureCount: '{{count}} 个要素',
  },
  provenance: {
    real: '真实数据',
    schematic: '示意',
    sample: '样例数据',
    realLong: '来自公开数据源的真实边界或名录',
    schematicLong: '示意范围,依据规划文件绘制的大致位置,非法定边界',
    sampleLong: '样例数据,由程序生成,仅用于演示,不代表实际设施',
  },
  inspector: {
    label: '要素详情',
    close: '关闭详情',
    layer: '图层',
    id: '编码',
    provenance: '数据性质',
    source: '数据来源',
    accuracy: '精度',
    functions: '规划功能',
    basis: '规划依据',
    role: {
      core: '一核',
      centre: '三心',
      cluster: '多组团',
    },
    context: '周边一体化地区(参照)',
    notFound: '未找到要素 {{id}}',
  },
  map: {
    label: '贵阳贵安规划地图',
    resetView: '重置视图',
    zoomIn: '放大',
    zoomOut: '缩小',
    resetBearing: '指北',
  },
  notice: {
    reviewNumber: '审图号:{{number}}',
    reviewNumberMissing: '审图号:未配置',
    sources: '数据来源:{{sources}}',
    schematicPresent: '含示意数据',
    samplePresent: '含样例数据',
  },
} as const;
