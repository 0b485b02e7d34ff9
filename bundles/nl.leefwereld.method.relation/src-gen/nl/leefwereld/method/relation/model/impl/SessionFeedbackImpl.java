/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.relation.model.impl;

import nl.leefwereld.method.relation.model.RelationPackage;
import nl.leefwereld.method.relation.model.SessionFeedback;
import nl.leefwereld.method.relation.model.TaskKind;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Session Feedback</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.SessionFeedbackImpl#getCompliment <em>Compliment</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.SessionFeedbackImpl#getBridge <em>Bridge</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.SessionFeedbackImpl#getTask <em>Task</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.SessionFeedbackImpl#getTaskKind <em>Task Kind</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SessionFeedbackImpl extends EObjectImpl implements SessionFeedback {
	/**
	 * The default value of the '{@link #getCompliment() <em>Compliment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompliment()
	 * @generated
	 * @ordered
	 */
	protected static final String COMPLIMENT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCompliment() <em>Compliment</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCompliment()
	 * @generated
	 * @ordered
	 */
	protected String compliment = COMPLIMENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getBridge() <em>Bridge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBridge()
	 * @generated
	 * @ordered
	 */
	protected static final String BRIDGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBridge() <em>Bridge</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBridge()
	 * @generated
	 * @ordered
	 */
	protected String bridge = BRIDGE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTask() <em>Task</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTask()
	 * @generated
	 * @ordered
	 */
	protected static final String TASK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTask() <em>Task</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTask()
	 * @generated
	 * @ordered
	 */
	protected String task = TASK_EDEFAULT;

	/**
	 * The default value of the '{@link #getTaskKind() <em>Task Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskKind()
	 * @generated
	 * @ordered
	 */
	protected static final TaskKind TASK_KIND_EDEFAULT = TaskKind.NONE;

	/**
	 * The cached value of the '{@link #getTaskKind() <em>Task Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTaskKind()
	 * @generated
	 * @ordered
	 */
	protected TaskKind taskKind = TASK_KIND_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SessionFeedbackImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RelationPackage.Literals.SESSION_FEEDBACK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getCompliment() {
		return compliment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCompliment(String newCompliment) {
		String oldCompliment = compliment;
		compliment = newCompliment;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationPackage.SESSION_FEEDBACK__COMPLIMENT, oldCompliment, compliment));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBridge() {
		return bridge;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBridge(String newBridge) {
		String oldBridge = bridge;
		bridge = newBridge;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationPackage.SESSION_FEEDBACK__BRIDGE, oldBridge, bridge));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTask() {
		return task;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTask(String newTask) {
		String oldTask = task;
		task = newTask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationPackage.SESSION_FEEDBACK__TASK, oldTask, task));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TaskKind getTaskKind() {
		return taskKind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTaskKind(TaskKind newTaskKind) {
		TaskKind oldTaskKind = taskKind;
		taskKind = newTaskKind == null ? TASK_KIND_EDEFAULT : newTaskKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationPackage.SESSION_FEEDBACK__TASK_KIND, oldTaskKind, taskKind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RelationPackage.SESSION_FEEDBACK__COMPLIMENT:
				return getCompliment();
			case RelationPackage.SESSION_FEEDBACK__BRIDGE:
				return getBridge();
			case RelationPackage.SESSION_FEEDBACK__TASK:
				return getTask();
			case RelationPackage.SESSION_FEEDBACK__TASK_KIND:
				return getTaskKind();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RelationPackage.SESSION_FEEDBACK__COMPLIMENT:
				setCompliment((String)newValue);
				return;
			case RelationPackage.SESSION_FEEDBACK__BRIDGE:
				setBridge((String)newValue);
				return;
			case RelationPackage.SESSION_FEEDBACK__TASK:
				setTask((String)newValue);
				return;
			case RelationPackage.SESSION_FEEDBACK__TASK_KIND:
				setTaskKind((TaskKind)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case RelationPackage.SESSION_FEEDBACK__COMPLIMENT:
				setCompliment(COMPLIMENT_EDEFAULT);
				return;
			case RelationPackage.SESSION_FEEDBACK__BRIDGE:
				setBridge(BRIDGE_EDEFAULT);
				return;
			case RelationPackage.SESSION_FEEDBACK__TASK:
				setTask(TASK_EDEFAULT);
				return;
			case RelationPackage.SESSION_FEEDBACK__TASK_KIND:
				setTaskKind(TASK_KIND_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case RelationPackage.SESSION_FEEDBACK__COMPLIMENT:
				return COMPLIMENT_EDEFAULT == null ? compliment != null : !COMPLIMENT_EDEFAULT.equals(compliment);
			case RelationPackage.SESSION_FEEDBACK__BRIDGE:
				return BRIDGE_EDEFAULT == null ? bridge != null : !BRIDGE_EDEFAULT.equals(bridge);
			case RelationPackage.SESSION_FEEDBACK__TASK:
				return TASK_EDEFAULT == null ? task != null : !TASK_EDEFAULT.equals(task);
			case RelationPackage.SESSION_FEEDBACK__TASK_KIND:
				return taskKind != TASK_KIND_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (compliment: "); //$NON-NLS-1$
		result.append(compliment);
		result.append(", bridge: "); //$NON-NLS-1$
		result.append(bridge);
		result.append(", task: "); //$NON-NLS-1$
		result.append(task);
		result.append(", taskKind: "); //$NON-NLS-1$
		result.append(taskKind);
		result.append(')');
		return result.toString();
	}

} //SessionFeedbackImpl
