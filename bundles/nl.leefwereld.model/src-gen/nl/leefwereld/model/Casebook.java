/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Casebook</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.model.Casebook#getName <em>Name</em>}</li>
 *   <li>{@link nl.leefwereld.model.Casebook#getProfessionals <em>Professionals</em>}</li>
 *   <li>{@link nl.leefwereld.model.Casebook#getClients <em>Clients</em>}</li>
 *   <li>{@link nl.leefwereld.model.Casebook#getCodebooks <em>Codebooks</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.model.ModelPackage#getCasebook()
 * @model
 * @generated
 */
public interface Casebook extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.leefwereld.model.ModelPackage#getCasebook_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Casebook#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Professionals</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.model.Professional}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Professionals</em>' containment reference list.
	 * @see nl.leefwereld.model.ModelPackage#getCasebook_Professionals()
	 * @model containment="true"
	 * @generated
	 */
	EList<Professional> getProfessionals();

	/**
	 * Returns the value of the '<em><b>Clients</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.model.Client}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Clients</em>' containment reference list.
	 * @see nl.leefwereld.model.ModelPackage#getCasebook_Clients()
	 * @model containment="true"
	 * @generated
	 */
	EList<Client> getClients();

	/**
	 * Returns the value of the '<em><b>Codebooks</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.model.Codebook}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codebooks</em>' containment reference list.
	 * @see nl.leefwereld.model.ModelPackage#getCasebook_Codebooks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Codebook> getCodebooks();

} // Casebook
