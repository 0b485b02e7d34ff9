/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.blanco.model;

import nl.leefwereld.model.Identified;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Network Person</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.blanco.model.NetworkPerson#getName <em>Name</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.NetworkPerson#getRole <em>Role</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.NetworkPerson#getRelation <em>Relation</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.NetworkPerson#getCloseness <em>Closeness</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.NetworkPerson#isSupport <em>Support</em>}</li>
 *   <li>{@link nl.leefwereld.method.blanco.model.NetworkPerson#getQuote <em>Quote</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getNetworkPerson()
 * @model
 * @generated
 */
public interface NetworkPerson extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getNetworkPerson_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.NetworkPerson#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see #setRole(String)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getNetworkPerson_Role()
	 * @model
	 * @generated
	 */
	String getRole();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.NetworkPerson#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(String value);

	/**
	 * Returns the value of the '<em><b>Relation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Relation</em>' attribute.
	 * @see #setRelation(String)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getNetworkPerson_Relation()
	 * @model
	 * @generated
	 */
	String getRelation();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.NetworkPerson#getRelation <em>Relation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Relation</em>' attribute.
	 * @see #getRelation()
	 * @generated
	 */
	void setRelation(String value);

	/**
	 * Returns the value of the '<em><b>Closeness</b></em>' attribute.
	 * The default value is <code>"3"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Closeness</em>' attribute.
	 * @see #setCloseness(int)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getNetworkPerson_Closeness()
	 * @model default="3"
	 * @generated
	 */
	int getCloseness();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.NetworkPerson#getCloseness <em>Closeness</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Closeness</em>' attribute.
	 * @see #getCloseness()
	 * @generated
	 */
	void setCloseness(int value);

	/**
	 * Returns the value of the '<em><b>Support</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Support</em>' attribute.
	 * @see #setSupport(boolean)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getNetworkPerson_Support()
	 * @model
	 * @generated
	 */
	boolean isSupport();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.NetworkPerson#isSupport <em>Support</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Support</em>' attribute.
	 * @see #isSupport()
	 * @generated
	 */
	void setSupport(boolean value);

	/**
	 * Returns the value of the '<em><b>Quote</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Quote</em>' attribute.
	 * @see #setQuote(String)
	 * @see nl.leefwereld.method.blanco.model.BlancoPackage#getNetworkPerson_Quote()
	 * @model
	 * @generated
	 */
	String getQuote();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.blanco.model.NetworkPerson#getQuote <em>Quote</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Quote</em>' attribute.
	 * @see #getQuote()
	 * @generated
	 */
	void setQuote(String value);

} // NetworkPerson
