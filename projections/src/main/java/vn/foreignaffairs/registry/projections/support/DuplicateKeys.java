package vn.foreignaffairs.registry.projections.support;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;

/** Recognises the write error of a unique index, which projectors treat as "already applied". */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    public static boolean isDuplicateKey(MongoWriteException e) {
        return ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY;
    }
}
