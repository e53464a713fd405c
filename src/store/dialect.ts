/** The two stores armsgraph speaks to; everything else is shared. */
export type DialectName = 'sqlite' | 'postgres'
