package org.goldenthread.gateway.domain;

/** Roles an API client can hold: an MIS integration for some schools, or analytics for the whole trust. */
public enum ClientRole {
    MIS_INTEGRATION,
    ANALYTICS
}
