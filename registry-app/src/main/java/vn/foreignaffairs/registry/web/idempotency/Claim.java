package vn.foreignaffairs.registry.web.idempotency;

/** What claiming an idempotency key found. */
sealed interface Claim {

    /** The key is this request's: carry it out, then record the answer. */
    record Granted() implements Claim {
    }

    /** The same request was answered before: give the same answer. */
    record Answered(StoredAnswer answer) implements Claim {
    }

    /** The same request is being carried out right now. */
    record Running() implements Claim {
    }

    /** The key was used for a different request (method, path or body). */
    record Reused() implements Claim {
    }
}
