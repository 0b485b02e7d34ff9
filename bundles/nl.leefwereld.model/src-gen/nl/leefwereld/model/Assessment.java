/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model;

import java.util.Date;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.model.Assessment#getMethodId <em>Method Id</em>}</li>
 *   <li>{@link nl.leefwereld.model.Assessment#getAssessor <em>Assessor</em>}</li>
 *   <li>{@link nl.leefwereld.model.Assessment#getCreated <em>Created</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.model.ModelPackage#getAssessment()
 * @model abstract="true"
 * @generated
 */
public interface Assessment extends Identified {
	/**
	 * Returns the value of the '<em><b>Method Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Method Id</em>' attribute.
	 * @see #setMethodId(String)
	 * @see nl.leefwereld.model.ModelPackage#getAssessment_MethodId()
	 * @model
	 * @generated
	 */
	String getMethodId();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Assessment#getMethodId <em>Method Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Method Id</em>' attribute.
	 * @see #getMethodId()
	 * @generated
	 */
	void setMethodId(String value);

	/**
	 * Returns the value of the '<em><b>Assessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessor</em>' attribute.
	 * @see #setAssessor(String)
	 * @see nl.leefwereld.model.ModelPackage#getAssessment_Assessor()
	 * @model
	 * @generated
	 */
	String getAssessor();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Assessment#getAssessor <em>Assessor</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Assessor</em>' attribute.
	 * @see #getAssessor()
	 * @generated
	 */
	void setAssessor(String value);

	/**
	 * Returns the value of the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Created</em>' attribute.
	 * @see #setCreated(Date)
	 * @see nl.leefwereld.model.ModelPackage#getAssessment_Created()
	 * @model
	 * @generated
	 */
	Date getCreated();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Assessment#getCreated <em>Created</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Created</em>' attribute.
	 * @see #getCreated()
	 * @generated
	 */
	void setCreated(Date value);

} // Assessment
