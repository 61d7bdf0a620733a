package vn.foreignaffairs.registry.storage.backup;

/** A backup that cannot be restored, or a store it cannot be restored into; said in plain words. */
public class BackupRefused extends RuntimeException {

    public BackupRefused(String message) {
        super(message);
    }
}
