/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Client</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.model.Client#getDisplayName <em>Display Name</em>}</li>
 *   <li>{@link nl.leefwereld.model.Client#getPseudonym <em>Pseudonym</em>}</li>
 *   <li>{@link nl.leefwereld.model.Client#getAttributes <em>Attributes</em>}</li>
 *   <li>{@link nl.leefwereld.model.Client#getConsents <em>Consents</em>}</li>
 *   <li>{@link nl.leefwereld.model.Client#getTrajectories <em>Trajectories</em>}</li>
 *   <li>{@link nl.leefwereld.model.Client#getNotes <em>Notes</em>}</li>
 *   <li>{@link nl.leefwereld.model.Client#getAssessments <em>Assessments</em>}</li>
 *   <li>{@link nl.leefwereld.model.Client#getMemos <em>Memos</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.model.ModelPackage#getClient()
 * @model
 * @generated
 */
public interface Client extends Identified {
	/**
	 * Returns the value of the '<em><b>Display Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Display Name</em>' attribute.
	 * @see #setDisplayName(String)
	 * @see nl.leefwereld.model.ModelPackage#getClient_DisplayName()
	 * @model
	 * @generated
	 */
	String getDisplayName();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Client#getDisplayName <em>Display Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Display Name</em>' attribute.
	 * @see #getDisplayName()
	 * @generated
	 */
	void setDisplayName(String value);

	/**
	 * Returns the value of the '<em><b>Pseudonym</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Pseudonym</em>' attribute.
	 * @see #setPseudonym(String)
	 * @see nl.leefwereld.model.ModelPackage#getClient_Pseudonym()
	 * @model
	 * @generated
	 */
	String getPseudonym();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Client#getPseudonym <em>Pseudonym</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pseudonym</em>' attribute.
	 * @see #getPseudonym()
	 * @generated
	 */
	void setPseudonym(String value);

	/**
	 * Returns the value of the '<em><b>Attributes</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.model.ClientAttribute}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attributes</em>' containment reference list.
	 * @see nl.leefwereld.model.ModelPackage#getClient_Attributes()
	 * @model containment="true"
	 * @generated
	 */
	EList<ClientAttribute> getAttributes();

	/**
	 * Returns the value of the '<em><b>Consents</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.model.Consent}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Consents</em>' containment reference list.
	 * @see nl.leefwereld.model.ModelPackage#getClient_Consents()
	 * @model containment="true"
	 * @generated
	 */
	EList<Consent> getConsents();

	/**
	 * Returns the value of the '<em><b>Trajectories</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.model.Trajectory}.
	 * It is bidirectional and its opposite is '{@link nl.leefwereld.model.Trajectory#getClient <em>Client</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trajectories</em>' containment reference list.
	 * @see nl.leefwereld.model.ModelPackage#getClient_Trajectories()
	 * @see nl.leefwereld.model.Trajectory#getClient
	 * @model opposite="client" containment="true"
	 * @generated
	 */
	EList<Trajectory> getTrajectories();

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.model.Note}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' containment reference list.
	 * @see nl.leefwereld.model.ModelPackage#getClient_Notes()
	 * @model containment="true"
	 * @generated
	 */
	EList<Note> getNotes();

	/**
	 * Returns the value of the '<em><b>Assessments</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.model.Assessment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Assessments</em>' containment reference list.
	 * @see nl.leefwereld.model.ModelPackage#getClient_Assessments()
	 * @model containment="true"
	 * @generated
	 */
	EList<Assessment> getAssessments();

	/**
	 * Returns the value of the '<em><b>Memos</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.model.Memo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Memos</em>' containment reference list.
	 * @see nl.leefwereld.model.ModelPackage#getClient_Memos()
	 * @model containment="true"
	 * @generated
	 */
	EList<Memo> getMemos();

} // Client
