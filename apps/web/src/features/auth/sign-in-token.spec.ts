import { signInTokenFrom } from './sign-in-token';

describe('the token in the sign-in link', () => {
  const token = 'Abc_def-0123456789Abc_def-0123456789Abc_def0';
  it('is read from the fragment', () => {
    expect(signInTokenFrom(`#token=${token}`)).toBe(token);
    expect(signInTokenFrom(`#${token}`)).toBe(token);
  });
  it('is nothing when absent or not shaped like a token', () => {
    expect(signInTokenFrom('')).toBeNull();
    expect(signInTokenFrom('#token=')).toBeNull();
    expect(signInTokenFrom('#token=<script>alert(1)</script>')).toBeNull();
    expect(signInTokenFrom('#other=1')).toBeNull();
  });
});
