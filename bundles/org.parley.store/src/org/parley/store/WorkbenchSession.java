/*******************************************************************************
 * Copyright (c) 2026 Parley contributors.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 *******************************************************************************/
package org.parley.store;

/**
 * The workbench, open on its workspace: an OSGi service that Parley's e4 application registers
 * while it runs. Background work that belongs to an operator's open workbench (scheduled polls and
 * push endpoints, routing of new conversations, reclassification when a classifier changes) is done
 * by DS components that require this service, so it never starts in {@code parley-cli} or a test
 * run; a test that wants that work registers a session of its own.
 */
@FunctionalInterface
public interface WorkbenchSession {

    /** The workspace's store, the one the workbench shows. */
    Store store();
}
