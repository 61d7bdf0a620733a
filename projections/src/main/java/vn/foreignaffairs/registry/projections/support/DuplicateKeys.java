package vn.foreignaffairs.registry.projections.support;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.WriteError;

/** Recognises the write error of a unique index, which projectors treat as "already applied". */
public final class DuplicateKeys {

    private DuplicateKeys() {
    }

    public static boolean isDuplicateKey(MongoWriteException e) {
        return isDuplicateKey(e.getError());
    }

    /** The same for one statement's error in a bulk write. */
    public static boolean isDuplicateKey(WriteError error) {
        return ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY;
    }
}
