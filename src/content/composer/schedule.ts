/**
 * When to check: once typing pauses, and never an answer to an older question. Each round gets a ticket; an
 * answer whose ticket is no longer the newest is dropped.
 */
export class Schedule {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private round = 0;

  constructor(
    private readonly quiet: number,
    private readonly task: () => void,
  ) {}

  /** Checks after `quiet` ms without another call. */
  soon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.task, this.quiet);
  }

  cancel(): void {
    clearTimeout(this.timer);
  }

  /** Starts a round: the returned function says whether it is still the newest when its answer comes. */
  begin(): () => boolean {
    this.cancel();
    const round = ++this.round;
    return () => round === this.round;
  }
}
