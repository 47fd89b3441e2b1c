import { type Doc } from '../../model/doc.js';
/**
 * Names inside names and inside noun phrases, as mentions of their own: "Texas" and "Arlington" in
 * "University of Texas Arlington", "NASA" in "a NASA T-shirt", "Kowloon" in "Kowloon West". A part counts
 * when it is a country, region, organisation or city we know, or a name the document uses on its own.
 * Person names are not searched ("Paris" in "Valeska Paris").
 */
export declare function addNestedNames(doc: Doc): void;
