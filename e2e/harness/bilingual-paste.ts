/**
 * A 1,000-character paste of English and Chinese meeting notes: what a user most often sends
 * with "Send text…". The text typer's e2e test types it exactly; `npm run bench` times it.
 */

const graphemes = (text: string): string[] => [...new Intl.Segmenter('und', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

export const BILINGUAL_PASTE = (() => {
  const english = [
    'Meeting notes, 12 March: the release is on track. ',
    'We agreed to finish the tests first. ',
    'Anna will update the roadmap by Friday. ',
    'The budget review moves to next week. ',
    'Please send comments before noon. ',
  ];
  const chinese = [
    '我们今天讨论了项目的进度和下一步的计划。',
    '大家都同意先完成测试，再发布新版本。',
    '安娜会在星期五之前更新路线图。',
    '预算审查推迟到下周进行。',
    '请在中午之前把意见发给我。',
    '这个功能需要更多的用户反馈和数据分析。',
    '服务器的性能问题已经基本解决了。',
  ];
  let text = '';
  for (let i = 0; graphemes(text).length < 1000; i++) text += `${english[i % english.length]}${chinese[i % chinese.length]}`;
  return graphemes(text).slice(0, 1000).join('');
})();
