/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.relation.model;

import org.eclipse.emf.ecore.EFactory;

/**
 * <!-- begin-user-doc -->
 * The <b>Factory</b> for the model.
 * It provides a create method for each non-abstract class of the model.
 * <!-- end-user-doc -->
 * @see nl.leefwereld.method.relation.model.RelationPackage
 * @generated
 */
public interface RelationFactory extends EFactory {
	/**
	 * The singleton instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	RelationFactory eINSTANCE = nl.leefwereld.method.relation.model.impl.RelationFactoryImpl.init();

	/**
	 * Returns a new object of class '<em>Question Answer</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Question Answer</em>'.
	 * @generated
	 */
	QuestionAnswer createQuestionAnswer();

	/**
	 * Returns a new object of class '<em>Solution Tool</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Solution Tool</em>'.
	 * @generated
	 */
	SolutionTool createSolutionTool();

	/**
	 * Returns a new object of class '<em>Session Feedback</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Session Feedback</em>'.
	 * @generated
	 */
	SessionFeedback createSessionFeedback();

	/**
	 * Returns a new object of class '<em>Assessment</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return a new object of class '<em>Assessment</em>'.
	 * @generated
	 */
	RelationAssessment createRelationAssessment();

	/**
	 * Returns the package supported by this factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the package supported by this factory.
	 * @generated
	 */
	RelationPackage getRelationPackage();

} //RelationFactory
