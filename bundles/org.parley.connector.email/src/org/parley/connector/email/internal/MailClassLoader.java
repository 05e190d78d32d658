/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.connector.email.internal;

import org.eclipse.angus.mail.imap.IMAPStore;

/**
 * Runs mail code with the Angus Mail bundle as the thread's context class loader. Jakarta Mail
 * finds its providers and stream provider through {@link java.util.ServiceLoader} and resource
 * files, which inside OSGi only works when the context class loader sees the implementation bundle.
 */
final class MailClassLoader {

    private MailClassLoader() {
    }

    static <T, E extends Exception> T call(MailWork<T, E> work) throws E {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(IMAPStore.class.getClassLoader());
        try {
            return work.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Work that may throw one kind of checked exception. */
    @FunctionalInterface
    interface MailWork<T, E extends Exception> {
        T call() throws E;
    }
}
