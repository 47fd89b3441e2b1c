/** The package root (works from src/ under tsx and from dist/src/ when built). */
export declare const PACKAGE_ROOT: string;
/** Where the shared gold data lives: $DATELINE_SHARED or ../shared beside the checkout. */
export declare function sharedDir(): string;
/** A path under ../shared/data, or null when that data is absent (a user's clone has none). */
export declare function sharedData(...parts: string[]): string | null;
