/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.relation.model.impl;

import nl.leefwereld.method.relation.model.RelationPackage;
import nl.leefwereld.method.relation.model.SolutionTool;
import nl.leefwereld.method.relation.model.ToolKind;

import nl.leefwereld.model.Utterance;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Solution Tool</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.SolutionToolImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.SolutionToolImpl#getUtterance <em>Utterance</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.SolutionToolImpl#getClientAnswer <em>Client Answer</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.SolutionToolImpl#getScale <em>Scale</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.SolutionToolImpl#getTopic <em>Topic</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SolutionToolImpl extends EObjectImpl implements SolutionTool {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ToolKind KIND_EDEFAULT = ToolKind.SCALING_QUESTION;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ToolKind kind = KIND_EDEFAULT;

	/**
	 * The cached value of the '{@link #getUtterance() <em>Utterance</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUtterance()
	 * @generated
	 * @ordered
	 */
	protected Utterance utterance;

	/**
	 * The cached value of the '{@link #getClientAnswer() <em>Client Answer</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getClientAnswer()
	 * @generated
	 * @ordered
	 */
	protected Utterance clientAnswer;

	/**
	 * The default value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected static final Integer SCALE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScale() <em>Scale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScale()
	 * @generated
	 * @ordered
	 */
	protected Integer scale = SCALE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected static final String TOPIC_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTopic() <em>Topic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopic()
	 * @generated
	 * @ordered
	 */
	protected String topic = TOPIC_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SolutionToolImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RelationPackage.Literals.SOLUTION_TOOL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ToolKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ToolKind newKind) {
		ToolKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationPackage.SOLUTION_TOOL__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Utterance getUtterance() {
		if (utterance != null && utterance.eIsProxy()) {
			InternalEObject oldUtterance = (InternalEObject)utterance;
			utterance = (Utterance)eResolveProxy(oldUtterance);
			if (utterance != oldUtterance) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RelationPackage.SOLUTION_TOOL__UTTERANCE, oldUtterance, utterance));
			}
		}
		return utterance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Utterance basicGetUtterance() {
		return utterance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUtterance(Utterance newUtterance) {
		Utterance oldUtterance = utterance;
		utterance = newUtterance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationPackage.SOLUTION_TOOL__UTTERANCE, oldUtterance, utterance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Utterance getClientAnswer() {
		if (clientAnswer != null && clientAnswer.eIsProxy()) {
			InternalEObject oldClientAnswer = (InternalEObject)clientAnswer;
			clientAnswer = (Utterance)eResolveProxy(oldClientAnswer);
			if (clientAnswer != oldClientAnswer) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, RelationPackage.SOLUTION_TOOL__CLIENT_ANSWER, oldClientAnswer, clientAnswer));
			}
		}
		return clientAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Utterance basicGetClientAnswer() {
		return clientAnswer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setClientAnswer(Utterance newClientAnswer) {
		Utterance oldClientAnswer = clientAnswer;
		clientAnswer = newClientAnswer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationPackage.SOLUTION_TOOL__CLIENT_ANSWER, oldClientAnswer, clientAnswer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Integer getScale() {
		return scale;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScale(Integer newScale) {
		Integer oldScale = scale;
		scale = newScale;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationPackage.SOLUTION_TOOL__SCALE, oldScale, scale));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTopic() {
		return topic;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTopic(String newTopic) {
		String oldTopic = topic;
		topic = newTopic;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationPackage.SOLUTION_TOOL__TOPIC, oldTopic, topic));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RelationPackage.SOLUTION_TOOL__KIND:
				return getKind();
			case RelationPackage.SOLUTION_TOOL__UTTERANCE:
				if (resolve) return getUtterance();
				return basicGetUtterance();
			case RelationPackage.SOLUTION_TOOL__CLIENT_ANSWER:
				if (resolve) return getClientAnswer();
				return basicGetClientAnswer();
			case RelationPackage.SOLUTION_TOOL__SCALE:
				return getScale();
			case RelationPackage.SOLUTION_TOOL__TOPIC:
				return getTopic();
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
			case RelationPackage.SOLUTION_TOOL__KIND:
				setKind((ToolKind)newValue);
				return;
			case RelationPackage.SOLUTION_TOOL__UTTERANCE:
				setUtterance((Utterance)newValue);
				return;
			case RelationPackage.SOLUTION_TOOL__CLIENT_ANSWER:
				setClientAnswer((Utterance)newValue);
				return;
			case RelationPackage.SOLUTION_TOOL__SCALE:
				setScale((Integer)newValue);
				return;
			case RelationPackage.SOLUTION_TOOL__TOPIC:
				setTopic((String)newValue);
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
			case RelationPackage.SOLUTION_TOOL__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case RelationPackage.SOLUTION_TOOL__UTTERANCE:
				setUtterance((Utterance)null);
				return;
			case RelationPackage.SOLUTION_TOOL__CLIENT_ANSWER:
				setClientAnswer((Utterance)null);
				return;
			case RelationPackage.SOLUTION_TOOL__SCALE:
				setScale(SCALE_EDEFAULT);
				return;
			case RelationPackage.SOLUTION_TOOL__TOPIC:
				setTopic(TOPIC_EDEFAULT);
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
			case RelationPackage.SOLUTION_TOOL__KIND:
				return kind != KIND_EDEFAULT;
			case RelationPackage.SOLUTION_TOOL__UTTERANCE:
				return utterance != null;
			case RelationPackage.SOLUTION_TOOL__CLIENT_ANSWER:
				return clientAnswer != null;
			case RelationPackage.SOLUTION_TOOL__SCALE:
				return SCALE_EDEFAULT == null ? scale != null : !SCALE_EDEFAULT.equals(scale);
			case RelationPackage.SOLUTION_TOOL__TOPIC:
				return TOPIC_EDEFAULT == null ? topic != null : !TOPIC_EDEFAULT.equals(topic);
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
		result.append(" (kind: "); //$NON-NLS-1$
		result.append(kind);
		result.append(", scale: "); //$NON-NLS-1$
		result.append(scale);
		result.append(", topic: "); //$NON-NLS-1$
		result.append(topic);
		result.append(')');
		return result.toString();
	}

} //SolutionToolImpl
