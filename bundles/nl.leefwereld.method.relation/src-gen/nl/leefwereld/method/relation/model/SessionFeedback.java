/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.relation.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Session Feedback</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.relation.model.SessionFeedback#getCompliment <em>Compliment</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.SessionFeedback#getBridge <em>Bridge</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.SessionFeedback#getTask <em>Task</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.SessionFeedback#getTaskKind <em>Task Kind</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.method.relation.model.RelationPackage#getSessionFeedback()
 * @model
 * @generated
 */
public interface SessionFeedback extends EObject {
	/**
	 * Returns the value of the '<em><b>Compliment</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Compliment</em>' attribute.
	 * @see #setCompliment(String)
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getSessionFeedback_Compliment()
	 * @model
	 * @generated
	 */
	String getCompliment();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.relation.model.SessionFeedback#getCompliment <em>Compliment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Compliment</em>' attribute.
	 * @see #getCompliment()
	 * @generated
	 */
	void setCompliment(String value);

	/**
	 * Returns the value of the '<em><b>Bridge</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bridge</em>' attribute.
	 * @see #setBridge(String)
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getSessionFeedback_Bridge()
	 * @model
	 * @generated
	 */
	String getBridge();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.relation.model.SessionFeedback#getBridge <em>Bridge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bridge</em>' attribute.
	 * @see #getBridge()
	 * @generated
	 */
	void setBridge(String value);

	/**
	 * Returns the value of the '<em><b>Task</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task</em>' attribute.
	 * @see #setTask(String)
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getSessionFeedback_Task()
	 * @model
	 * @generated
	 */
	String getTask();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.relation.model.SessionFeedback#getTask <em>Task</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task</em>' attribute.
	 * @see #getTask()
	 * @generated
	 */
	void setTask(String value);

	/**
	 * Returns the value of the '<em><b>Task Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leefwereld.method.relation.model.TaskKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task Kind</em>' attribute.
	 * @see nl.leefwereld.method.relation.model.TaskKind
	 * @see #setTaskKind(TaskKind)
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getSessionFeedback_TaskKind()
	 * @model
	 * @generated
	 */
	TaskKind getTaskKind();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.relation.model.SessionFeedback#getTaskKind <em>Task Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task Kind</em>' attribute.
	 * @see nl.leefwereld.method.relation.model.TaskKind
	 * @see #getTaskKind()
	 * @generated
	 */
	void setTaskKind(TaskKind value);

} // SessionFeedback
