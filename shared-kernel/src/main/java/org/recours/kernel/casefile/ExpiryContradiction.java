package org.recours.kernel.casefile;

/** Why a recorded expiry of the response window no longer holds. */
public enum ExpiryContradiction {
    /** The company's answer, entered after the expiry was recorded, was received on or before the last day. */
    ANSWER_RECEIVED_IN_TIME,
    /** A step entered or corrected later (acknowledgement of receipt, sending date) puts the last day later. */
    WINDOW_MOVED
}
