package org.newsgraph.web;

import org.newsgraph.base.NewsgraphException;

/** A request the server will not answer, with the HTTP status and the sentence the client is told. */
final class RefusedRequest extends NewsgraphException {

    private final int status;

    RefusedRequest(String path, int status, String message) {
        super(path, -1, message, null);
        this.status = status;
    }

    int status() {
        return status;
    }
}
