/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.relation.model.impl;

import java.util.Collection;

import nl.leefwereld.method.relation.model.Answer;
import nl.leefwereld.method.relation.model.Question;
import nl.leefwereld.method.relation.model.QuestionAnswer;
import nl.leefwereld.method.relation.model.RelationPackage;

import nl.leefwereld.model.Utterance;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Question Answer</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.QuestionAnswerImpl#getQuestion <em>Question</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.QuestionAnswerImpl#getAnswer <em>Answer</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.QuestionAnswerImpl#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.impl.QuestionAnswerImpl#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @generated
 */
public class QuestionAnswerImpl extends EObjectImpl implements QuestionAnswer {
	/**
	 * The default value of the '{@link #getQuestion() <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestion()
	 * @generated
	 * @ordered
	 */
	protected static final Question QUESTION_EDEFAULT = Question.PROBLEM;

	/**
	 * The cached value of the '{@link #getQuestion() <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getQuestion()
	 * @generated
	 * @ordered
	 */
	protected Question question = QUESTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected static final Answer ANSWER_EDEFAULT = Answer.YES;

	/**
	 * The cached value of the '{@link #getAnswer() <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAnswer()
	 * @generated
	 * @ordered
	 */
	protected Answer answer = ANSWER_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEvidence() <em>Evidence</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEvidence()
	 * @generated
	 * @ordered
	 */
	protected EList<Utterance> evidence;

	/**
	 * The default value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected static final String REASON_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getReason() <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getReason()
	 * @generated
	 * @ordered
	 */
	protected String reason = REASON_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected QuestionAnswerImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return RelationPackage.Literals.QUESTION_ANSWER;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Question getQuestion() {
		return question;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setQuestion(Question newQuestion) {
		Question oldQuestion = question;
		question = newQuestion == null ? QUESTION_EDEFAULT : newQuestion;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationPackage.QUESTION_ANSWER__QUESTION, oldQuestion, question));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Answer getAnswer() {
		return answer;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAnswer(Answer newAnswer) {
		Answer oldAnswer = answer;
		answer = newAnswer == null ? ANSWER_EDEFAULT : newAnswer;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationPackage.QUESTION_ANSWER__ANSWER, oldAnswer, answer));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Utterance> getEvidence() {
		if (evidence == null) {
			evidence = new EObjectResolvingEList<Utterance>(Utterance.class, this, RelationPackage.QUESTION_ANSWER__EVIDENCE);
		}
		return evidence;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getReason() {
		return reason;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setReason(String newReason) {
		String oldReason = reason;
		reason = newReason;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, RelationPackage.QUESTION_ANSWER__REASON, oldReason, reason));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case RelationPackage.QUESTION_ANSWER__QUESTION:
				return getQuestion();
			case RelationPackage.QUESTION_ANSWER__ANSWER:
				return getAnswer();
			case RelationPackage.QUESTION_ANSWER__EVIDENCE:
				return getEvidence();
			case RelationPackage.QUESTION_ANSWER__REASON:
				return getReason();
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
			case RelationPackage.QUESTION_ANSWER__QUESTION:
				setQuestion((Question)newValue);
				return;
			case RelationPackage.QUESTION_ANSWER__ANSWER:
				setAnswer((Answer)newValue);
				return;
			case RelationPackage.QUESTION_ANSWER__EVIDENCE:
				getEvidence().clear();
				getEvidence().addAll((Collection<? extends Utterance>)newValue);
				return;
			case RelationPackage.QUESTION_ANSWER__REASON:
				setReason((String)newValue);
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
			case RelationPackage.QUESTION_ANSWER__QUESTION:
				setQuestion(QUESTION_EDEFAULT);
				return;
			case RelationPackage.QUESTION_ANSWER__ANSWER:
				setAnswer(ANSWER_EDEFAULT);
				return;
			case RelationPackage.QUESTION_ANSWER__EVIDENCE:
				getEvidence().clear();
				return;
			case RelationPackage.QUESTION_ANSWER__REASON:
				setReason(REASON_EDEFAULT);
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
			case RelationPackage.QUESTION_ANSWER__QUESTION:
				return question != QUESTION_EDEFAULT;
			case RelationPackage.QUESTION_ANSWER__ANSWER:
				return answer != ANSWER_EDEFAULT;
			case RelationPackage.QUESTION_ANSWER__EVIDENCE:
				return evidence != null && !evidence.isEmpty();
			case RelationPackage.QUESTION_ANSWER__REASON:
				return REASON_EDEFAULT == null ? reason != null : !REASON_EDEFAULT.equals(reason);
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
		result.append(" (question: "); //$NON-NLS-1$
		result.append(question);
		result.append(", answer: "); //$NON-NLS-1$
		result.append(answer);
		result.append(", reason: "); //$NON-NLS-1$
		result.append(reason);
		result.append(')');
		return result.toString();
	}

} //QuestionAnswerImpl
