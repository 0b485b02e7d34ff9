/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.relation.model;

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
 *   <li>{@link nl.leefwereld.method.relation.model.RelationAssessment#getAnswers <em>Answers</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.RelationAssessment#getDerivedType <em>Derived Type</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.RelationAssessment#isOverridden <em>Overridden</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.RelationAssessment#getOverrideType <em>Override Type</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.RelationAssessment#getOverrideReason <em>Override Reason</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.RelationAssessment#getTools <em>Tools</em>}</li>
 *   <li>{@link nl.leefwereld.method.relation.model.RelationAssessment#getFeedback <em>Feedback</em>}</li>
 * </ul>
 *
 * @see nl.leefwereld.method.relation.model.RelationPackage#getRelationAssessment()
 * @model
 * @generated
 */
public interface RelationAssessment extends Assessment {
	/**
	 * Returns the value of the '<em><b>Answers</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.method.relation.model.QuestionAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Answers</em>' containment reference list.
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getRelationAssessment_Answers()
	 * @model containment="true"
	 * @generated
	 */
	EList<QuestionAnswer> getAnswers();

	/**
	 * Returns the value of the '<em><b>Derived Type</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leefwereld.method.relation.model.RelationType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Derived Type</em>' attribute.
	 * @see nl.leefwereld.method.relation.model.RelationType
	 * @see #setDerivedType(RelationType)
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getRelationAssessment_DerivedType()
	 * @model
	 * @generated
	 */
	RelationType getDerivedType();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.relation.model.RelationAssessment#getDerivedType <em>Derived Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Derived Type</em>' attribute.
	 * @see nl.leefwereld.method.relation.model.RelationType
	 * @see #getDerivedType()
	 * @generated
	 */
	void setDerivedType(RelationType value);

	/**
	 * Returns the value of the '<em><b>Overridden</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overridden</em>' attribute.
	 * @see #setOverridden(boolean)
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getRelationAssessment_Overridden()
	 * @model
	 * @generated
	 */
	boolean isOverridden();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.relation.model.RelationAssessment#isOverridden <em>Overridden</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Overridden</em>' attribute.
	 * @see #isOverridden()
	 * @generated
	 */
	void setOverridden(boolean value);

	/**
	 * Returns the value of the '<em><b>Override Type</b></em>' attribute.
	 * The literals are from the enumeration {@link nl.leefwereld.method.relation.model.RelationType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Override Type</em>' attribute.
	 * @see nl.leefwereld.method.relation.model.RelationType
	 * @see #setOverrideType(RelationType)
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getRelationAssessment_OverrideType()
	 * @model
	 * @generated
	 */
	RelationType getOverrideType();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.relation.model.RelationAssessment#getOverrideType <em>Override Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Override Type</em>' attribute.
	 * @see nl.leefwereld.method.relation.model.RelationType
	 * @see #getOverrideType()
	 * @generated
	 */
	void setOverrideType(RelationType value);

	/**
	 * Returns the value of the '<em><b>Override Reason</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Override Reason</em>' attribute.
	 * @see #setOverrideReason(String)
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getRelationAssessment_OverrideReason()
	 * @model
	 * @generated
	 */
	String getOverrideReason();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.relation.model.RelationAssessment#getOverrideReason <em>Override Reason</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Override Reason</em>' attribute.
	 * @see #getOverrideReason()
	 * @generated
	 */
	void setOverrideReason(String value);

	/**
	 * Returns the value of the '<em><b>Tools</b></em>' containment reference list.
	 * The list contents are of type {@link nl.leefwereld.method.relation.model.SolutionTool}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tools</em>' containment reference list.
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getRelationAssessment_Tools()
	 * @model containment="true"
	 * @generated
	 */
	EList<SolutionTool> getTools();

	/**
	 * Returns the value of the '<em><b>Feedback</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Feedback</em>' containment reference.
	 * @see #setFeedback(SessionFeedback)
	 * @see nl.leefwereld.method.relation.model.RelationPackage#getRelationAssessment_Feedback()
	 * @model containment="true"
	 * @generated
	 */
	SessionFeedback getFeedback();

	/**
	 * Sets the value of the '{@link nl.leefwereld.method.relation.model.RelationAssessment#getFeedback <em>Feedback</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feedback</em>' containment reference.
	 * @see #getFeedback()
	 * @generated
	 */
	void setFeedback(SessionFeedback value);

} // RelationAssessment
