/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Codebook</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.model.Codebook#getMethodId <em>Method Id</em>}</li>
 *   <li>{@link nl.leefwereld.model.Codebook#getName <em>Name</em>}</li>
 *   <li>{@link nl.leefwereld.model.Codebook#getDescription <em>Description</em>}</li>
 *   <li>{@link nl.leefwereld.model.Codebook#getSource <em>Source</em>}</li>
 *   <li>{@link nl.leefwereld.model.Codebook#getCodes <em>Codes</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.model.ModelPackage#getCodebook()
 * @model
 * @generated
 */
public interface Codebook extends Identified {
	/**
	 * Returns the value of the '<em><b>Method Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method Id</em>' attribute.
	 * @see #setMethodId(String)
	 * @see nl.leefwereld.model.ModelPackage#getCodebook_MethodId()
	 * @model
	 * @generated
	 */
	String getMethodId();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Codebook#getMethodId <em>Method Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method Id</em>' attribute.
	 * @see #getMethodId()
	 * @generated
	 */
	void setMethodId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.leefwereld.model.ModelPackage#getCodebook_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Codebook#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see nl.leefwereld.model.ModelPackage#getCodebook_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Codebook#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see nl.leefwereld.model.ModelPackage#getCodebook_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Codebook#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Codes</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.model.Code}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Codes</em>' containment reference list.
	 * @see nl.leefwereld.model.ModelPackage#getCodebook_Codes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Code> getCodes();

} // Codebook
