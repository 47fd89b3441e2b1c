import type { Entity, EntityType } from '../../model/schema.js';
export type Role = NonNullable<Entity['roles']>[number];
/** A growing coreference chain; becomes an Entity at the end. */
export interface Cluster {
    type: EntityType;
    mentions: number[];
    /** comparison keys of its names (see nameKey) */
    keys: Set<string>;
    names: string[];
    roles: Role[];
    code?: string;
    country?: string;
    sectors?: string[];
    /** set for countries and lexicon organisations: the lexicon key that identifies it */
    id?: string;
    /** a name from the office-holder KB */
    kbName?: string;
    standsFor?: string;
    geo?: Entity['geo'];
}
/** Whether two roles can be the same office held by one person. */
export declare function rolesAgree(a: Role, b: Role, compatible: (x: string, y: string) => boolean): boolean;
