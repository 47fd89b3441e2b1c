/** English number words as news writes them, shared by the stages that read quantities. */
export declare const NUMBER_WORDS: Readonly<Record<string, number>>;
