export interface QueueCounts {
    waiting: number;
    delayed: number;
    active: number;
    completed: number;
    failed: number;
    /** Jobs in the dead-letter queue: failed every attempt. */
    dead: number;
}
/** Job counts of a queue and its dead-letter queue. */
export declare function queueCounts(o?: {
    redis?: string;
    queue?: string;
}): Promise<QueueCounts>;
