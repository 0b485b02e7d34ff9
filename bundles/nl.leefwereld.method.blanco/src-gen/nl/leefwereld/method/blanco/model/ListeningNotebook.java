/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.blanco.model;

import nl.leefwereld.model.Assessment;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Listening Notebook</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.blanco.model.ListeningNotebook#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.ListeningNotebook#getEntries <em>Entries</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getListeningNotebook()
 * @model
 * @generated
 */
public interface ListeningNotebook extends Assessment {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getListeningNotebook_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.ListeningNotebook#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Entries</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.method.blanco.model.NotebookEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Entries</em>' containment reference list.
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getListeningNotebook_Entries()
	 * @model containment="true"
	 * @generated
	 */
	EList<NotebookEntry> getEntries();

} // ListeningNotebook
