/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.relation.model.impl;

import java.util.Collection;

import nl.leefwereld.method.relation.model.QuestionAnswer;
import nl.leefwereld.method.relation.model.RelationAssessment;
import nl.leefwereld.method.relation.model.RelationPackage;
import nl.leefwereld.method.relation.model.RelationType;
import nl.leefwereld.method.relation.model.SessionFeedback;
import nl.leefwereld.method.relation.model.SolutionTool;

import nl.leefwereld.model.impl.AssessmentImpl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.RelationAssessmentImpl#getAnswers <em>Answers</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.RelationAssessmentImpl#getDerivedType <em>Derived Type</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.RelationAssessmentImpl#isOverridden <em>Overridden</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.RelationAssessmentImpl#getOverrideType <em>Override Type</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.RelationAssessmentImpl#getOverrideReason <em>Override Reason</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.RelationAssessmentImpl#getTools <em>Tools</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.RelationAssessmentImpl#getFeedback <em>Feedback</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RelationAssessmentImpl extends AssessmentImpl implements RelationAssessment {
	/**
	 * The cached value of the '{@link #getAnswers() <em>Answers</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswers()
	 * @generated
	 * @ordered
	 */
	protected EList<QuestionAnswer> answers;

	/**
	 * The default value of the '{@link #getDerivedType() <em>Derived Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDerivedType()
	 * @generated
	 * @ordered
	 */
	protected static final RelationType DERIVED_TYPE_EDEFAULT = RelationType.VISITOR;

	/**
	 * The cached value of the '{@link #getDerivedType() <em>Derived Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDerivedType()
	 * @generated
	 * @ordered
	 */
	protected RelationType derivedType = DERIVED_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #isOverridden() <em>Overridden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOverridden()
	 * @generated
	 * @ordered
	 */
	protected static final boolean OVERRIDDEN_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isOverridden() <em>Overridden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isOverridden()
	 * @generated
	 * @ordered
	 */
	protected boolean overridden = OVERRIDDEN_EDEFAULT;

	/**
	 * The default value of the '{@link #getOverrideType() <em>Override Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverrideType()
	 * @generated
	 * @ordered
	 */
	protected static final RelationType OVERRIDE_TYPE_EDEFAULT = RelationType.VISITOR;

	/**
	 * The cached value of the '{@link #getOverrideType() <em>Override Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverrideType()
	 * @generated
	 * @ordered
	 */
	protected RelationType overrideType = OVERRIDE_TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOverrideReason() <em>Override Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverrideReason()
	 * @generated
	 * @ordered
	 */
	protected static final String OVERRIDE_REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOverrideReason() <em>Override Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverrideReason()
	 * @generated
	 * @ordered
	 */
	protected String overrideReason = OVERRIDE_REASON_EDEFAULT;

	/**
	 * The cached value of the '{@link #getTools() <em>Tools</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTools()
	 * @generated
	 * @ordered
	 */
	protected EList<SolutionTool> tools;

	/**
	 * The cached value of the '{@link #getFeedback() <em>Feedback</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeedback()
	 * @generated
	 * @ordered
	 */
	protected SessionFeedback feedback;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RelationAssessmentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RelationPackage.Literals.RELATION_ASSESSMENT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<QuestionAnswer> getAnswers() {
		if (answers == null) {
			answers = new EObjectContainmentEList<QuestionAnswer>(QuestionAnswer.class, this, RelationPackage.RELATION_ASSESSMENT__ANSWERS);
		}
		return answers;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationType getDerivedType() {
		return derivedType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDerivedType(RelationType newDerivedType) {
		RelationType oldDerivedType = derivedType;
		derivedType = newDerivedType == null ? DERIVED_TYPE_EDEFAULT : newDerivedType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationPackage.RELATION_ASSESSMENT__DERIVED_TYPE, oldDerivedType, derivedType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isOverridden() {
		return overridden;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverridden(boolean newOverridden) {
		boolean oldOverridden = overridden;
		overridden = newOverridden;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationPackage.RELATION_ASSESSMENT__OVERRIDDEN, oldOverridden, overridden));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RelationType getOverrideType() {
		return overrideType;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverrideType(RelationType newOverrideType) {
		RelationType oldOverrideType = overrideType;
		overrideType = newOverrideType == null ? OVERRIDE_TYPE_EDEFAULT : newOverrideType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationPackage.RELATION_ASSESSMENT__OVERRIDE_TYPE, oldOverrideType, overrideType));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOverrideReason() {
		return overrideReason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOverrideReason(String newOverrideReason) {
		String oldOverrideReason = overrideReason;
		overrideReason = newOverrideReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationPackage.RELATION_ASSESSMENT__OVERRIDE_REASON, oldOverrideReason, overrideReason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<SolutionTool> getTools() {
		if (tools == null) {
			tools = new EObjectContainmentEList<SolutionTool>(SolutionTool.class, this, RelationPackage.RELATION_ASSESSMENT__TOOLS);
		}
		return tools;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SessionFeedback getFeedback() {
		return feedback;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetFeedback(SessionFeedback newFeedback, NotificationChain msgs) {
		SessionFeedback oldFeedback = feedback;
		feedback = newFeedback;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, RelationPackage.RELATION_ASSESSMENT__FEEDBACK, oldFeedback, newFeedback);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeedback(SessionFeedback newFeedback) {
		if (newFeedback != feedback) {
			NotificationChain msgs = null;
			if (feedback != null)
				msgs = ((InternalEObject)feedback).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - RelationPackage.RELATION_ASSESSMENT__FEEDBACK, null, msgs);
			if (newFeedback != null)
				msgs = ((InternalEObject)newFeedback).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - RelationPackage.RELATION_ASSESSMENT__FEEDBACK, null, msgs);
			msgs = basicSetFeedback(newFeedback, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationPackage.RELATION_ASSESSMENT__FEEDBACK, newFeedback, newFeedback));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case RelationPackage.RELATION_ASSESSMENT__ANSWERS:
				return ((InternalEList<?>)getAnswers()).basicRemove(otherEnd, msgs);
			case RelationPackage.RELATION_ASSESSMENT__TOOLS:
				return ((InternalEList<?>)getTools()).basicRemove(otherEnd, msgs);
			case RelationPackage.RELATION_ASSESSMENT__FEEDBACK:
				return basicSetFeedback(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RelationPackage.RELATION_ASSESSMENT__ANSWERS:
				return getAnswers();
			case RelationPackage.RELATION_ASSESSMENT__DERIVED_TYPE:
				return getDerivedType();
			case RelationPackage.RELATION_ASSESSMENT__OVERRIDDEN:
				return isOverridden();
			case RelationPackage.RELATION_ASSESSMENT__OVERRIDE_TYPE:
				return getOverrideType();
			case RelationPackage.RELATION_ASSESSMENT__OVERRIDE_REASON:
				return getOverrideReason();
			case RelationPackage.RELATION_ASSESSMENT__TOOLS:
				return getTools();
			case RelationPackage.RELATION_ASSESSMENT__FEEDBACK:
				return getFeedback();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case RelationPackage.RELATION_ASSESSMENT__ANSWERS:
				getAnswers().clear();
				getAnswers().addAll((Collection<? extends QuestionAnswer>)newValue);
				return;
			case RelationPackage.RELATION_ASSESSMENT__DERIVED_TYPE:
				setDerivedType((RelationType)newValue);
				return;
			case RelationPackage.RELATION_ASSESSMENT__OVERRIDDEN:
				setOverridden((Boolean)newValue);
				return;
			case RelationPackage.RELATION_ASSESSMENT__OVERRIDE_TYPE:
				setOverrideType((RelationType)newValue);
				return;
			case RelationPackage.RELATION_ASSESSMENT__OVERRIDE_REASON:
				setOverrideReason((String)newValue);
				return;
			case RelationPackage.RELATION_ASSESSMENT__TOOLS:
				getTools().clear();
				getTools().addAll((Collection<? extends SolutionTool>)newValue);
				return;
			case RelationPackage.RELATION_ASSESSMENT__FEEDBACK:
				setFeedback((SessionFeedback)newValue);
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
			case RelationPackage.RELATION_ASSESSMENT__ANSWERS:
				getAnswers().clear();
				return;
			case RelationPackage.RELATION_ASSESSMENT__DERIVED_TYPE:
				setDerivedType(DERIVED_TYPE_EDEFAULT);
				return;
			case RelationPackage.RELATION_ASSESSMENT__OVERRIDDEN:
				setOverridden(OVERRIDDEN_EDEFAULT);
				return;
			case RelationPackage.RELATION_ASSESSMENT__OVERRIDE_TYPE:
				setOverrideType(OVERRIDE_TYPE_EDEFAULT);
				return;
			case RelationPackage.RELATION_ASSESSMENT__OVERRIDE_REASON:
				setOverrideReason(OVERRIDE_REASON_EDEFAULT);
				return;
			case RelationPackage.RELATION_ASSESSMENT__TOOLS:
				getTools().clear();
				return;
			case RelationPackage.RELATION_ASSESSMENT__FEEDBACK:
				setFeedback((SessionFeedback)null);
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
			case RelationPackage.RELATION_ASSESSMENT__ANSWERS:
				return answers != null && !answers.isEmpty();
			case RelationPackage.RELATION_ASSESSMENT__DERIVED_TYPE:
				return derivedType != DERIVED_TYPE_EDEFAULT;
			case RelationPackage.RELATION_ASSESSMENT__OVERRIDDEN:
				return overridden != OVERRIDDEN_EDEFAULT;
			case RelationPackage.RELATION_ASSESSMENT__OVERRIDE_TYPE:
				return overrideType != OVERRIDE_TYPE_EDEFAULT;
			case RelationPackage.RELATION_ASSESSMENT__OVERRIDE_REASON:
				return OVERRIDE_REASON_EDEFAULT == null ? overrideReason != null : !OVERRIDE_REASON_EDEFAULT.equals(overrideReason);
			case RelationPackage.RELATION_ASSESSMENT__TOOLS:
				return tools != null && !tools.isEmpty();
			case RelationPackage.RELATION_ASSESSMENT__FEEDBACK:
				return feedback != null;
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
		result.append(" (derivedType: "); //$NON-NLS-1$
		result.append(derivedType);
		result.append(", overridden: "); //$NON-NLS-1$
		result.append(overridden);
		result.append(", overrideType: "); //$NON-NLS-1$
		result.append(overrideType);
		result.append(", overrideReason: "); //$NON-NLS-1$
		result.append(overrideReason);
		result.append(')');
		return result.toString();
	}

} //RelationAssessmentImpl
