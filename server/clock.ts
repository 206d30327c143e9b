// The server's clock: milliseconds since the epoch. Sessions' idle and absolute limits, the sign-in
// rate window and every recorded time read it, so tests move time on instead of waiting.
export type Clock = () => number;
export const systemClock: Clock = () => Date.now();
export const isoTime = (clock: Clock) => new Date(clock()).toISOString();
