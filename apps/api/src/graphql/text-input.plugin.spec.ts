import { textProblem } from './text-input.plugin';

describe('textProblem', () => {
  it.each(['', 'Thủ tục đăng ký', '🚀🇻🇳', 'tab\tand\nnewline', '\u0007', '\uFFFD', '\uD83D\uDE80'])('accepts %j', (value) => {
    expect(textProblem(value)).toBeNull();
  });

  it.each([
    ['\u0000', /NUL/],
    ['a\u0000b', /NUL/],
    ['\uD800', /surrogate/],
    ['a\uD83D', /surrogate/],
    ['\uDE80b', /surrogate/],
    ['\uDE80\uD83D', /surrogate/], // a pair in the wrong order
  ])('refuses %j', (value, problem) => {
    expect(textProblem(value)).toMatch(problem);
  });
});
