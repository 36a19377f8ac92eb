package org.citycoop.identity.audit;

/** What the audit log records. */
public enum AuditAction {
    SIGNED_IN, SIGN_IN_FAILED, ACCOUNT_LOCKED, ACCOUNT_REGISTERED, ACCOUNT_INVITED, ROLE_CHANGED,
    TERMINAL_CREDENTIAL_ISSUED, TERMINAL_CREDENTIAL_REVOKED, SIGNING_KEY_ROTATED,
    /** An approval named an applicant who could not be made owner (account gone, or with another merchant). */
    OWNER_NOT_GRANTED
}
