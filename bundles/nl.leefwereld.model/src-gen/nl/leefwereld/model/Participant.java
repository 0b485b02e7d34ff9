/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Participant</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.model.Participant#getName <em>Name</em>}</li>
 *   <li>{@link nl.leefwereld.model.Participant#getRole <em>Role</em>}</li>
 *   <li>{@link nl.leefwereld.model.Participant#getProfessional <em>Professional</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.model.ModelPackage#getParticipant()
 * @model
 * @generated
 */
public interface Participant extends Identified {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see nl.leefwereld.model.ModelPackage#getParticipant_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Participant#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leefwereld.model.ParticipantRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see nl.leefwereld.model.ParticipantRole
	 * @see #setRole(ParticipantRole)
	 * @see nl.leefwereld.model.ModelPackage#getParticipant_Role()
	 * @model
	 * @generated
	 */
	ParticipantRole getRole();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Participant#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see nl.leefwereld.model.ParticipantRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(ParticipantRole value);

	/**
	 * Returns the value of the '<em><b>Professional</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Professional</em>' reference.
	 * @see #setProfessional(Professional)
	 * @see nl.leefwereld.model.ModelPackage#getParticipant_Professional()
	 * @model
	 * @generated
	 */
	Professional getProfessional();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Participant#getProfessional <em>Professional</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Professional</em>' reference.
	 * @see #getProfessional()
	 * @generated
	 */
	void setProfessional(Professional value);

} // Participant
