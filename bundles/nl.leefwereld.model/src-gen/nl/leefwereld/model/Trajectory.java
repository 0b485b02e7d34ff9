/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.model;

import java.util.Date;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Trajectory</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.model.Trajectory#getTitle <em>Title</em>}</li>
 *   <li>{@link nl.leefwereld.model.Trajectory#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.leefwereld.model.Trajectory#getChangeGoal <em>Change Goal</em>}</li>
 *   <li>{@link nl.leefwereld.model.Trajectory#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link nl.leefwereld.model.Trajectory#getClient <em>Client</em>}</li>
 *   <li>{@link nl.leefwereld.model.Trajectory#getConversations <em>Conversations</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.model.ModelPackage#getTrajectory()
 * @model
 * @generated
 */
public interface Trajectory extends Identified {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see nl.leefwereld.model.ModelPackage#getTrajectory_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Trajectory#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see #setKind(String)
	 * @see nl.leefwereld.model.ModelPackage#getTrajectory_Kind()
	 * @model
	 * @generated
	 */
	String getKind();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Trajectory#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see #getKind()
	 * @generated
	 */
	void setKind(String value);

	/**
	 * Returns the value of the '<em><b>Change Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Change Goal</em>' attribute.
	 * @see #setChangeGoal(String)
	 * @see nl.leefwereld.model.ModelPackage#getTrajectory_ChangeGoal()
	 * @model
	 * @generated
	 */
	String getChangeGoal();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Trajectory#getChangeGoal <em>Change Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Change Goal</em>' attribute.
	 * @see #getChangeGoal()
	 * @generated
	 */
	void setChangeGoal(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(Date)
	 * @see nl.leefwereld.model.ModelPackage#getTrajectory_StartDate()
	 * @model
	 * @generated
	 */
	Date getStartDate();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Trajectory#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(Date value);

	/**
	 * Returns the value of the '<em><b>Client</b></em>' container reference.
	 * It is bidirectional and its opposite is '{@link nl.leefwereld.model.Client#getTrajectories <em>Trajectories</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Client</em>' container reference.
	 * @see #setClient(Client)
	 * @see nl.leefwereld.model.ModelPackage#getTrajectory_Client()
	 * @see nl.leefwereld.model.Client#getTrajectories
	 * @model opposite="trajectories" transient="false"
	 * @generated
	 */
	Client getClient();

	/**
	 * Sets the value of the '{@link nl.leefwereld.model.Trajectory#getClient <em>Client</em>}' container reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Client</em>' container reference.
	 * @see #getClient()
	 * @generated
	 */
	void setClient(Client value);

	/**
	 * Returns the value of the '<em><b>Conversations</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.model.Conversation}.
	 * It is bidirectional and its opposite is '{@link nl.leefwereld.model.Conversation#getTrajectory <em>Trajectory</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Conversations</em>' containment reference list.
	 * @see nl.leefwereld.model.ModelPackage#getTrajectory_Conversations()
	 * @see nl.leefwereld.model.Conversation#getTrajectory
	 * @model opposite="trajectory" containment="true"
	 * @generated
	 */
	EList<Conversation> getConversations();

} // Trajectory
