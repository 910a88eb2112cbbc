/** A plain-object meeting on its way through migrations: its shape is only known after the last one. */
export type UnversionedMeeting = Readonly<Record<string, unknown>>

/** One numbered step from a schema version to the next. Migrations are pure and never fail: the schema judges the result. */
export type Migration = {
  readonly from: number
  readonly to: number
  readonly name: string
  readonly migrate: (meeting: UnversionedMeeting) => UnversionedMeeting
}
