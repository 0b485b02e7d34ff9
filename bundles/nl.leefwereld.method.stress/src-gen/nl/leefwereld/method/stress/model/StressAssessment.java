/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.stress.model;

import nl.leefwereld.model.Assessment;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.stress.model.StressAssessment#getSignals <em>Signals</em>}</li>
 *   <li>{@link nl.leefwereld.method.stress.model.StressAssessment#getObservation <em>Observation</em>}</li>
 *   <li>{@link nl.leefwereld.method.stress.model.StressAssessment#getClientScore <em>Client Score</em>}</li>
 *   <li>{@link nl.leefwereld.method.stress.model.StressAssessment#getDomains <em>Domains</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.method.stress.model.StressPackage#getStressAssessment()
 * @model
 * @generated
 */
public interface StressAssessment extends Assessment {
	/**
	 * Returns the value of the '<em><b>Signals</b></em>' attribute list.
	 * The list contents are of type {@link nl.leefwereld.method.stress.model.StressSignal}.
	 * The literals are from the enumeration {@link nl.leefwereld.method.stress.model.StressSignal}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Signals</em>' attribute list.
	 * @see nl.leefwereld.method.stress.model.StressSignal
	 * @see nl.leefwereld.method.stress.model.StressPackage#getStressAssessment_Signals()
	 * @model
	 * @generated
	 */
	EList<StressSignal> getSignals();

	/**
	 * Returns the value of the '<em><b>Observation</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Observation</em>' attribute.
	 * @see #setObservation(String)
	 * @see nl.leefwereld.method.stress.model.StressPackage#getStressAssessment_Observation()
	 * @model
	 * @generated
	 */
	String getObservation();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.stress.model.StressAssessment#getObservation <em>Observation</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Observation</em>' attribute.
	 * @see #getObservation()
	 * @generated
	 */
	void setObservation(String value);

	/**
	 * Returns the value of the '<em><b>Client Score</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client Score</em>' attribute.
	 * @see #setClientScore(Integer)
	 * @see nl.leefwereld.method.stress.model.StressPackage#getStressAssessment_ClientScore()
	 * @model
	 * @generated
	 */
	Integer getClientScore();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.stress.model.StressAssessment#getClientScore <em>Client Score</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client Score</em>' attribute.
	 * @see #getClientScore()
	 * @generated
	 */
	void setClientScore(Integer value);

	/**
	 * Returns the value of the '<em><b>Domains</b></em>' attribute list.
	 * The list contents are of type {@link nl.leefwereld.method.stress.model.ScarcityDomain}.
	 * The literals are from the enumeration {@link nl.leefwereld.method.stress.model.ScarcityDomain}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Domains</em>' attribute list.
	 * @see nl.leefwereld.method.stress.model.ScarcityDomain
	 * @see nl.leefwereld.method.stress.model.StressPackage#getStressAssessment_Domains()
	 * @model
	 * @generated
	 */
	EList<ScarcityDomain> getDomains();

} // StressAssessment
