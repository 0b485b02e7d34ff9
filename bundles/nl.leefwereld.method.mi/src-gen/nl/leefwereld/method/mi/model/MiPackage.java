/**
 * Copyright (c) Leefwereld contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package nl.leefwereld.method.mi.model;

import nl.leefwereld.model.ModelPackage;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;

/**
 * <!-- begin-user-doc -->
 * The <b>Package</b> for the model.
 * It contains accessors for the meta objects to represent
 * <ul>
 *   <li>each class,</li>
 *   <li>each feature of each class,</li>
 *   <li>each operation of each class,</li>
 *   <li>each enum,</li>
 *   <li>and each data type</li>
 * </ul>
 * <!-- end-user-doc -->
 * @see nl.leefwereld.method.mi.model.MiFactory
 * @model kind="package"
 * @generated
 */
public interface MiPackage extends EPackage {
	/**
	 * The package name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNAME = "model"; //$NON-NLS-1$

	/**
	 * The package namespace URI.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_URI = "http://leefwereld.nl/method/mi/1.0"; //$NON-NLS-1$

	/**
	 * The package namespace name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	String eNS_PREFIX = "mi"; //$NON-NLS-1$

	/**
	 * The singleton instance of the package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	MiPackage eINSTANCE = nl.leefwereld.method.mi.model.impl.MiPackageImpl.init();

	/**
	 * The meta object id for the '{@link nl.leefwereld.method.mi.model.impl.MiAssessmentImpl <em>Assessment</em>}' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see nl.leefwereld.method.mi.model.impl.MiAssessmentImpl
	 * @see nl.leefwereld.method.mi.model.impl.MiPackageImpl#getMiAssessment()
	 * @generated
	 */
	int MI_ASSESSMENT = 0;

	/**
	 * The feature id for the '<em><b>Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MI_ASSESSMENT__ID = ModelPackage.ASSESSMENT__ID;

	/**
	 * The feature id for the '<em><b>Method Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MI_ASSESSMENT__METHOD_ID = ModelPackage.ASSESSMENT__METHOD_ID;

	/**
	 * The feature id for the '<em><b>Assessor</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MI_ASSESSMENT__ASSESSOR = ModelPackage.ASSESSMENT__ASSESSOR;

	/**
	 * The feature id for the '<em><b>Created</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MI_ASSESSMENT__CREATED = ModelPackage.ASSESSMENT__CREATED;

	/**
	 * The feature id for the '<em><b>Cultivating Change Talk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MI_ASSESSMENT__CULTIVATING_CHANGE_TALK = ModelPackage.ASSESSMENT_FEATURE_COUNT + 0;

	/**
	 * The feature id for the '<em><b>Softening Sustain Talk</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MI_ASSESSMENT__SOFTENING_SUSTAIN_TALK = ModelPackage.ASSESSMENT_FEATURE_COUNT + 1;

	/**
	 * The feature id for the '<em><b>Partnership</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MI_ASSESSMENT__PARTNERSHIP = ModelPackage.ASSESSMENT_FEATURE_COUNT + 2;

	/**
	 * The feature id for the '<em><b>Empathy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MI_ASSESSMENT__EMPATHY = ModelPackage.ASSESSMENT_FEATURE_COUNT + 3;

	/**
	 * The feature id for the '<em><b>Change Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MI_ASSESSMENT__CHANGE_GOAL = ModelPackage.ASSESSMENT_FEATURE_COUNT + 4;

	/**
	 * The feature id for the '<em><b>Segment Start</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MI_ASSESSMENT__SEGMENT_START = ModelPackage.ASSESSMENT_FEATURE_COUNT + 5;

	/**
	 * The feature id for the '<em><b>Segment End</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MI_ASSESSMENT__SEGMENT_END = ModelPackage.ASSESSMENT_FEATURE_COUNT + 6;

	/**
	 * The feature id for the '<em><b>Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MI_ASSESSMENT__NOTE = ModelPackage.ASSESSMENT_FEATURE_COUNT + 7;

	/**
	 * The number of structural features of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MI_ASSESSMENT_FEATURE_COUNT = ModelPackage.ASSESSMENT_FEATURE_COUNT + 8;

	/**
	 * The number of operations of the '<em>Assessment</em>' class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	int MI_ASSESSMENT_OPERATION_COUNT = ModelPackage.ASSESSMENT_OPERATION_COUNT + 0;


	/**
	 * Returns the meta object for class '{@link nl.leefwereld.method.mi.model.MiAssessment <em>Assessment</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for class '<em>Assessment</em>'.
	 * @see nl.leefwereld.method.mi.model.MiAssessment
	 * @generated
	 */
	EClass getMiAssessment();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.mi.model.MiAssessment#getCultivatingChangeTalk <em>Cultivating Change Talk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Cultivating Change Talk</em>'.
	 * @see nl.leefwereld.method.mi.model.MiAssessment#getCultivatingChangeTalk()
	 * @see #getMiAssessment()
	 * @generated
	 */
	EAttribute getMiAssessment_CultivatingChangeTalk();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.mi.model.MiAssessment#getSofteningSustainTalk <em>Softening Sustain Talk</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Softening Sustain Talk</em>'.
	 * @see nl.leefwereld.method.mi.model.MiAssessment#getSofteningSustainTalk()
	 * @see #getMiAssessment()
	 * @generated
	 */
	EAttribute getMiAssessment_SofteningSustainTalk();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.mi.model.MiAssessment#getPartnership <em>Partnership</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Partnership</em>'.
	 * @see nl.leefwereld.method.mi.model.MiAssessment#getPartnership()
	 * @see #getMiAssessment()
	 * @generated
	 */
	EAttribute getMiAssessment_Partnership();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.mi.model.MiAssessment#getEmpathy <em>Empathy</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Empathy</em>'.
	 * @see nl.leefwereld.method.mi.model.MiAssessment#getEmpathy()
	 * @see #getMiAssessment()
	 * @generated
	 */
	EAttribute getMiAssessment_Empathy();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.mi.model.MiAssessment#getChangeGoal <em>Change Goal</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Change Goal</em>'.
	 * @see nl.leefwereld.method.mi.model.MiAssessment#getChangeGoal()
	 * @see #getMiAssessment()
	 * @generated
	 */
	EAttribute getMiAssessment_ChangeGoal();

	/**
	 * Returns the meta object for the reference '{@link nl.leefwereld.method.mi.model.MiAssessment#getSegmentStart <em>Segment Start</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment Start</em>'.
	 * @see nl.leefwereld.method.mi.model.MiAssessment#getSegmentStart()
	 * @see #getMiAssessment()
	 * @generated
	 */
	EReference getMiAssessment_SegmentStart();

	/**
	 * Returns the meta object for the reference '{@link nl.leefwereld.method.mi.model.MiAssessment#getSegmentEnd <em>Segment End</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the reference '<em>Segment End</em>'.
	 * @see nl.leefwereld.method.mi.model.MiAssessment#getSegmentEnd()
	 * @see #getMiAssessment()
	 * @generated
	 */
	EReference getMiAssessment_SegmentEnd();

	/**
	 * Returns the meta object for the attribute '{@link nl.leefwereld.method.mi.model.MiAssessment#getNote <em>Note</em>}'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the meta object for the attribute '<em>Note</em>'.
	 * @see nl.leefwereld.method.mi.model.MiAssessment#getNote()
	 * @see #getMiAssessment()
	 * @generated
	 */
	EAttribute getMiAssessment_Note();

	/**
	 * Returns the factory that creates the instances of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the factory that creates the instances of the model.
	 * @generated
	 */
	MiFactory getMiFactory();

	/**
	 * <!-- begin-user-doc -->
	 * Defines literals for the meta objects that represent
	 * <ul>
	 *   <li>each class,</li>
	 *   <li>each feature of each class,</li>
	 *   <li>each operation of each class,</li>
	 *   <li>each enum,</li>
	 *   <li>and each data type</li>
	 * </ul>
	 * <!-- end-user-doc -->
	 * @generated
	 */
	interface Literals {
		/**
		 * The meta object literal for the '{@link nl.leefwereld.method.mi.model.impl.MiAssessmentImpl <em>Assessment</em>}' class.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @see nl.leefwereld.method.mi.model.impl.MiAssessmentImpl
		 * @see nl.leefwereld.method.mi.model.impl.MiPackageImpl#getMiAssessment()
		 * @generated
		 */
		EClass MI_ASSESSMENT = eINSTANCE.getMiAssessment();

		/**
		 * The meta object literal for the '<em><b>Cultivating Change Talk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MI_ASSESSMENT__CULTIVATING_CHANGE_TALK = eINSTANCE.getMiAssessment_CultivatingChangeTalk();

		/**
		 * The meta object literal for the '<em><b>Softening Sustain Talk</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MI_ASSESSMENT__SOFTENING_SUSTAIN_TALK = eINSTANCE.getMiAssessment_SofteningSustainTalk();

		/**
		 * The meta object literal for the '<em><b>Partnership</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MI_ASSESSMENT__PARTNERSHIP = eINSTANCE.getMiAssessment_Partnership();

		/**
		 * The meta object literal for the '<em><b>Empathy</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MI_ASSESSMENT__EMPATHY = eINSTANCE.getMiAssessment_Empathy();

		/**
		 * The meta object literal for the '<em><b>Change Goal</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MI_ASSESSMENT__CHANGE_GOAL = eINSTANCE.getMiAssessment_ChangeGoal();

		/**
		 * The meta object literal for the '<em><b>Segment Start</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MI_ASSESSMENT__SEGMENT_START = eINSTANCE.getMiAssessment_SegmentStart();

		/**
		 * The meta object literal for the '<em><b>Segment End</b></em>' reference feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EReference MI_ASSESSMENT__SEGMENT_END = eINSTANCE.getMiAssessment_SegmentEnd();

		/**
		 * The meta object literal for the '<em><b>Note</b></em>' attribute feature.
		 * <!-- begin-user-doc -->
		 * <!-- end-user-doc -->
		 * @generated
		 */
		EAttribute MI_ASSESSMENT__NOTE = eINSTANCE.getMiAssessment_Note();

	}

} //MiPackage
