/**
 * Runs tasks one after another, each starting once the one before has settled (whether it succeeded or
 * not): the changes to a file that is read and written whole, so that two at once never lose one another.
 */
export class OneAtATime {
  private last: Promise<unknown> = Promise.resolve()

  /** Runs the task after every task given before it. */
  run<T>(task: () => Promise<T>): Promise<T> {
    const next = this.last.then(task, task)
    this.last = next.catch(() => undefined)
    return next
  }
}
