/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.relation.model;

import nl.leefwereld.model.Utterance;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Question Answer</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link nl.leefwereld.method.relation.model.QuestionAnswer#getQuestion <em>Question</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.QuestionAnswer#getAnswer <em>Answer</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.QuestionAnswer#getEvidence <em>Evidence</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.QuestionAnswer#getReason <em>Reason</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.method.relation.model.RelationPackage#getQuestionAnswer()
 * @model
 * @generated
 */
public interface QuestionAnswer extends EObject {
	/**
	 * Returns the value of the '<em><b>Question</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leefwereld.method.relation.model.Question}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Question</em>' attribute.
	 * @see nl.leefwereld.method.relation.model.Question
	 * @see #setQuestion(Question)
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getQuestionAnswer_Question()
	 * @model
	 * @generated
	 */
	Question getQuestion();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.relation.model.QuestionAnswer#getQuestion <em>Question</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Question</em>' attribute.
	 * @see nl.leefwereld.method.relation.model.Question
	 * @see #getQuestion()
	 * @generated
	 */
	void setQuestion(Question value);

	/**
	 * Returns the value of the '<em><b>Answer</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leefwereld.method.relation.model.Answer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answer</em>' attribute.
	 * @see nl.leefwereld.method.relation.model.Answer
	 * @see #setAnswer(Answer)
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getQuestionAnswer_Answer()
	 * @model
	 * @generated
	 */
	Answer getAnswer();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.relation.model.QuestionAnswer#getAnswer <em>Answer</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Answer</em>' attribute.
	 * @see nl.leefwereld.method.relation.model.Answer
	 * @see #getAnswer()
	 * @generated
	 */
	void setAnswer(Answer value);

	/**
	 * Returns the value of the '<em><b>Evidence</b></em>' reference list.
	 * The list contents are of type {@link nl.leefwereld.model.Utterance}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Evidence</em>' reference list.
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getQuestionAnswer_Evidence()
	 * @model
	 * @generated
	 */
	EList<Utterance> getEvidence();

	/**
	 * Returns the value of the '<em><b>Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reason</em>' attribute.
	 * @see #setReason(String)
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getQuestionAnswer_Reason()
	 * @model
	 * @generated
	 */
	String getReason();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.relation.model.QuestionAnswer#getReason <em>Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reason</em>' attribute.
	 * @see #getReason()
	 * @generated
	 */
	void setReason(String value);

} // QuestionAnswer
