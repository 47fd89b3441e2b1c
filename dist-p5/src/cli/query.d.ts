/** `dateline query docs|quotes|entities|events|timexes|findings [filters] [--format table|json|csv]` */
export declare function run(argv: string[]): Promise<number>;
